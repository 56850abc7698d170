//! The files a command works on: the paths given, with folders expanded to the report files
//! they hold.

use std::path::{Path, PathBuf};

/// File extensions of the formats att reads, for finding reports in a folder. Files named on
/// the command line are read whatever their extension (the format is recognised from the
/// content).
const REPORT_EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xls", "ods", "xml", "json"];

/// One input: a file to read, or a folder that holds no report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file (or `-`, standard input).
    File(PathBuf),
    /// A folder in which no report file was found; reported as a failure.
    EmptyFolder(PathBuf),
}

/// The inputs of `paths`: files as given; each folder replaced by the report files under it,
/// in path order, leaving out hidden files and folders (`.git`, `.~lock…#`) and the lock files
/// office programs leave beside open workbooks (`~$report.xlsx`).
pub fn expand(paths: &[PathBuf]) -> Vec<Input> {
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() != "-" && path.is_dir() {
            let mut found = Vec::new();
            collect_reports(path, &mut found);
            found.sort();
            if found.is_empty() {
                inputs.push(Input::EmptyFolder(path.clone()));
            }
            inputs.extend(found.into_iter().map(Input::File));
        } else {
            inputs.push(Input::File(path.clone()));
        }
    }
    inputs
}

fn collect_reports(folder: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || name.starts_with("~$") {
            continue;
        }
        let path = entry.path();
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => collect_reports(&path, found),
            Ok(_) if is_report_file(&path) => found.push(path),
            _ => {}
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

    #[test]
    fn expands_folders_to_their_report_files_in_order() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let root = folder.path();
        std::fs::create_dir_all(root.join("2023/.git")).expect("folders");
        for file in [
            "2023/sweden.XLSX",
            "2023/norway.json",
            "2023/.git/config.json",
            "2023/~$sweden.xlsx",
            "2023/.~lock.sweden.xlsx#",
            "notes.txt",
            "austria.xml",
        ] {
            std::fs::write(root.join(file), b"{}").expect("file");
        }
        let inputs = expand(&[root.to_path_buf(), PathBuf::from("-")]);
        assert_eq!(
            inputs,
            vec![
                Input::File(root.join("2023/norway.json")),
                Input::File(root.join("2023/sweden.XLSX")),
                Input::File(root.join("austria.xml")),
                Input::File(PathBuf::from("-")),
            ]
        );
    }

    #[test]
    fn a_folder_without_reports_is_kept_as_such() {
        let folder = tempfile::tempdir().expect("temporary folder");
        std::fs::write(folder.path().join("readme.txt"), b"hello").expect("file");
        assert_eq!(
            expand(&[folder.path().to_path_buf()]),
            vec![Input::EmptyFolder(folder.path().to_path_buf())]
        );
    }
}
