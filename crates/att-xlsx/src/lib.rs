//! Reads ATT annual report workbooks of any layout.
