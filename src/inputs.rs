//! The files a command works on: the paths given, with folders expanded to the report files
//! they hold, and the files of those folders left out, with why.

use globset::{Glob, GlobSet, GlobSetBuilder};
use std::path::{Path, PathBuf};

/// File extensions of the formats att reads, for finding reports in a folder. Files named on
/// the command line are read whatever their extension (the format is recognised from the
/// content).
pub const REPORT_EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xls", "ods", "xml", "json"];

/// The files a folder is searched for: `*.xlsx, *.xlsm, …`.
pub fn looked_for() -> String {
    REPORT_EXTENSIONS
        .iter()
        .map(|extension| format!("*.{extension}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One input: a file to read, or a folder that holds no report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file (or `-`, standard input).
    File(PathBuf),
    /// A folder in which no report file was found; reported as a failure.
    EmptyFolder(PathBuf),
}

/// Why a file found in a folder is not validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SkipReason {
    /// Its extension is none of [`REPORT_EXTENSIONS`] (a .pdf, a .docx, notes.txt).
    NotAReportFormat,
    /// A lock file an office program leaves beside an open workbook (`~$report.xlsx`,
    /// `.~lock.report.xlsx#`).
    LockFile,
    /// A hidden file or folder (its name begins with a dot: `.git`, `.DS_Store`).
    Hidden,
    /// No `--include` glob matches it.
    NotIncluded,
    /// An `--exclude` glob matches it.
    Excluded,
}

/// A file (or hidden folder) of a folder that is not validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// Its path, as found under the folder given.
    pub path: PathBuf,
    /// Why.
    pub reason: SkipReason,
}

/// The inputs of a run, and what their folders held that is not validated.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Expansion {
    /// The inputs, in the order given; each folder's files in path order.
    pub inputs: Vec<Input>,
    /// The files left out, in path order.
    pub skipped: Vec<Skipped>,
}

/// Which files of a folder are validated: every report file, or those that `--include`
/// globs match and `--exclude` globs do not, matched against the path under the folder.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
}

/// A glob of `--include` or `--exclude` that is not a valid glob.
#[derive(Debug, thiserror::Error)]
#[error("{glob}: {source}")]
pub struct GlobError {
    /// The glob as given.
    pub glob: String,
    /// Why it is not valid.
    pub source: globset::Error,
}

impl Filter {
    /// The filter of the `--include` and `--exclude` globs.
    pub fn new(include: &[String], exclude: &[String]) -> Result<Filter, GlobError> {
        Ok(Filter {
            include: glob_set(include)?,
            exclude: glob_set(exclude)?,
        })
    }

    fn reason(&self, relative: &Path) -> Option<SkipReason> {
        if self
            .exclude
            .as_ref()
            .is_some_and(|set| set.is_match(relative))
        {
            return Some(SkipReason::Excluded);
        }
        if self
            .include
            .as_ref()
            .is_some_and(|set| !set.is_match(relative))
        {
            return Some(SkipReason::NotIncluded);
        }
        None
    }
}

fn glob_set(globs: &[String]) -> Result<Option<GlobSet>, GlobError> {
    if globs.is_empty() {
        return Ok(None);
    }
    let mut builder = GlobSetBuilder::new();
    for glob in globs {
        builder.add(Glob::new(glob).map_err(|source| GlobError {
            glob: glob.clone(),
            source,
        })?);
    }
    builder.build().map(Some).map_err(|source| GlobError {
        glob: globs.join(" "),
        source,
    })
}

/// The inputs of `paths`: files as given; each folder replaced by the report files under it
/// that `filter` lets through, in path order, leaving out hidden files and folders (`.git`,
/// `.~lock…#`), the lock files office programs leave beside open workbooks (`~$report.xlsx`)
/// and files of other formats — each named in [`Expansion::skipped`]. Standard input is read
/// once, where `-` is first named, however many times it is.
pub fn expand(paths: &[PathBuf], filter: &Filter) -> Expansion {
    let mut expansion = Expansion::default();
    let mut stdin_named = false;
    for path in paths {
        if path.as_os_str() == "-" {
            if !stdin_named {
                expansion.inputs.push(Input::File(path.clone()));
            }
            stdin_named = true;
        } else if path.is_dir() {
            let mut found = Vec::new();
            collect_reports(path, path, filter, &mut found, &mut expansion.skipped);
            found.sort();
            if found.is_empty() {
                expansion.inputs.push(Input::EmptyFolder(path.clone()));
            }
            expansion.inputs.extend(found.into_iter().map(Input::File));
        } else {
            expansion.inputs.push(Input::File(path.clone()));
        }
    }
    expansion.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    expansion
}

fn collect_reports(
    root: &Path,
    folder: &Path,
    filter: &Filter,
    found: &mut Vec<PathBuf>,
    skipped: &mut Vec<Skipped>,
) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let is_dir = entry.file_type().is_ok_and(|kind| kind.is_dir());
        let reason = if name.starts_with("~$") || name.starts_with(".~lock.") {
            Some(SkipReason::LockFile)
        } else if name.starts_with('.') {
            Some(SkipReason::Hidden)
        } else if is_dir {
            collect_reports(root, &path, filter, found, skipped);
            continue;
        } else if !is_report_file(&path) {
            Some(SkipReason::NotAReportFormat)
        } else {
            filter.reason(path.strip_prefix(root).unwrap_or(&path))
        };
        match reason {
            Some(reason) => skipped.push(Skipped { path, reason }),
            None => found.push(path),
        }
    }
}

fn is_report_file(path: &Path) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| {
            REPORT_EXTENSIONS
                .iter()
                .any(|known| known.eq_ignore_ascii_case(extension))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder_with(files: &[&str]) -> tempfile::TempDir {
        let folder = tempfile::tempdir().expect("temporary folder");
        for file in files {
            let path = folder.path().join(file);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("folders");
            std::fs::write(path, b"{}").expect("file");
        }
        folder
    }

    #[test]
    fn expands_folders_to_their_report_files_in_order() {
        let folder = folder_with(&[
            "2023/sweden.XLSX",
            "2023/norway.json",
            "2023/.git/config.json",
            "2023/~$sweden.xlsx",
            "2023/.~lock.sweden.xlsx#",
            "notes.txt",
            "austria.xml",
        ]);
        let root = folder.path();
        let stdin = PathBuf::from("-");
        let expansion = expand(
            &[stdin.clone(), root.to_path_buf(), stdin],
            &Filter::default(),
        );
        assert_eq!(
            expansion.inputs,
            vec![
                Input::File(PathBuf::from("-")),
                Input::File(root.join("2023/norway.json")),
                Input::File(root.join("2023/sweden.XLSX")),
                Input::File(root.join("austria.xml")),
            ]
        );
        let skipped: Vec<(PathBuf, SkipReason)> = expansion
            .skipped
            .into_iter()
            .map(|s| (s.path, s.reason))
            .collect();
        assert_eq!(
            skipped,
            vec![
                (root.join("2023/.git"), SkipReason::Hidden),
                (root.join("2023/.~lock.sweden.xlsx#"), SkipReason::LockFile),
                (root.join("2023/~$sweden.xlsx"), SkipReason::LockFile),
                (root.join("notes.txt"), SkipReason::NotAReportFormat),
            ]
        );
    }

    #[test]
    fn globs_match_the_path_under_the_folder() {
        let folder = folder_with(&["2023/a.xlsx", "2023/drafts/b.xlsx", "2022/c.json"]);
        let root = folder.path();
        let filter = Filter::new(&["2023/**".to_owned()], &["**/drafts/**".to_owned()])
            .expect("valid globs");
        let expansion = expand(&[root.to_path_buf()], &filter);
        assert_eq!(
            expansion.inputs,
            vec![Input::File(root.join("2023/a.xlsx"))]
        );
        let reasons: Vec<SkipReason> = expansion.skipped.iter().map(|s| s.reason).collect();
        assert_eq!(reasons, [SkipReason::NotIncluded, SkipReason::Excluded]);
    }

    #[test]
    fn a_bad_glob_is_refused() {
        assert!(Filter::new(&["2023/[".to_owned()], &[]).is_err());
    }

    #[test]
    fn a_folder_without_reports_is_kept_as_such() {
        let folder = folder_with(&["readme.txt"]);
        assert_eq!(
            expand(&[folder.path().to_path_buf()], &Filter::default()).inputs,
            vec![Input::EmptyFolder(folder.path().to_path_buf())]
        );
    }
}
