//! What the words and numbers of ATT report spreadsheets mean.
