//! `cargo run --release -p att-bench [-- --quick]`: measures att on synthetic reports and prints
//! a table, then one JSON object with the figures.
//!
//! Figures: convert + validate of workbooks of 100, 10,000 and 100,000 entries against
//! calamine's plain read of the same cells (the floor no xlsx tool can beat); XML and JSON
//! read + validate throughput; a corpus of 1,000 reports validated on every core; the peak resident
//! memory of reading the 100,000-entry workbook against the size of its decoded cells.
//!
//! `-- --mirror-corpus [DIR]` instead writes a corpus of 1,500 reports whose partners report
//! each other, with planted missing and mismatched flows ([`mirror_corpus`]), into DIR (a
//! temporary folder by default), and times the `att` binary built beside this one (or named
//! by `ATT_BIN`) on it: `att validate` with the mirror checks, `att mirror` and `att export`,
//! each with its peak memory (by `/usr/bin/time`), checking that every planted finding is
//! found and nothing else.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod generate;
mod measure;
mod mirror_corpus;
mod workbook;

use att_schema::Lang;
use measure::{median, ms, throughput_mb_s};
use rayon::prelude::*;
use serde_json::json;
use std::io::Cursor;
use std::process::ExitCode;

/// How much work a run does.
struct Plan {
    sizes: [usize; 3],
    runs: [usize; 3],
    corpus: usize,
}

const FULL: Plan = Plan {
    sizes: [100, 10_000, 100_000],
    runs: [50, 9, 5],
    corpus: 1_000,
};

const QUICK: Plan = Plan {
    sizes: [100, 10_000, 100_000],
    runs: [10, 3, 1],
    corpus: 1_000,
};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, path] = args.as_slice()
        && flag == "--peak-rss-of"
    {
        return peak_rss_child(path);
    }
    if let [flag, directory] = args.as_slice()
        && flag == "--write-samples"
    {
        return match write_samples(std::path::Path::new(directory)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("att-bench: {error}");
                ExitCode::from(2)
            }
        };
    }
    if args.first().map(String::as_str) == Some("--mirror-corpus") {
        return match mirror_corpus_bench(args.get(1).map(String::as_str)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("att-bench: {error}");
                ExitCode::from(2)
            }
        };
    }
    let quick = args.iter().any(|a| a == "--quick");
    if let Some(unknown) = args.iter().find(|a| *a != "--quick") {
        eprintln!("att-bench: unknown argument {unknown}; usage: att-bench [--quick]");
        return ExitCode::from(2);
    }
    match run(if quick { &QUICK } else { &FULL }) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("att-bench: {error}");
            ExitCode::from(2)
        }
    }
}

fn run(plan: &Plan) -> Result<(), String> {
    let validator = att_validate::Validator::new();
    let limits = att_core::Limits::default();
    let mut generator = generate::Generator::new(2026);
    let mut figures = serde_json::Map::new();
    let mut largest_workbook = Vec::new();

    println!(
        "| entries | workbook KB | att read ms | att validate ms | att total ms | calamine read ms | ratio | XML MB/s | JSON MB/s |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut workbook_ratios = Vec::new();
    for (&size, &runs) in plan.sizes.iter().zip(&plan.runs) {
        let report = generator.report(size);
        let xlsx = workbook::write(&report, Lang::En).map_err(|e| e.to_string())?;
        let json = serde_json::to_vec_pretty(&report).map_err(|e| e.to_string())?;
        let xml = att_xml::write(&report)
            .map_err(|e| e.to_string())?
            .into_bytes();

        let check = |bytes: &[u8]| -> Result<usize, String> {
            let loaded = att_core::load(bytes, &limits).map_err(|e| e.to_string())?;
            Ok(att_core::check(&loaded, &validator).len())
        };
        check(&json)?;
        let loaded = att_core::load(&xlsx, &limits).map_err(|e| e.to_string())?;
        let read_time = median(runs, || {
            att_core::load(&xlsx, &limits).map(|l| l.source_map.len())
        });
        let validate_time = median(runs, || att_core::check(&loaded, &validator).len());
        let att_time = median(runs, || check(&xlsx));
        let calamine_time = median(runs, || calamine_plain_read(&xlsx));
        let json_time = median(runs, || check(&json));
        let xml_time = median(runs, || check(&xml));
        let xml_mb_s = throughput_mb_s(xml.len(), xml_time);
        let ratio = att_time.as_secs_f64() / calamine_time.as_secs_f64();
        let json_mb_s = throughput_mb_s(json.len(), json_time);
        println!(
            "| {size} | {} | {:.1} | {:.1} | {:.1} | {:.1} | {ratio:.2} | {xml_mb_s:.1} | {json_mb_s:.1} |",
            xlsx.len() / 1024,
            ms(read_time),
            ms(validate_time),
            ms(att_time),
            ms(calamine_time),
        );
        figures.insert(
            format!("entries_{size}"),
            json!({
                "workbook_bytes": xlsx.len(),
                "att_read_ms": ms(read_time),
                "att_validate_ms": ms(validate_time),
                "att_ms": ms(att_time),
                "calamine_ms": ms(calamine_time),
                "ratio_vs_calamine": ratio,
                "xml_bytes": xml.len(),
                "xml_mb_s": xml_mb_s,
                "json_bytes": json.len(),
                "json_mb_s": json_mb_s,
            }),
        );
        workbook_ratios.push(ratio);
        largest_workbook = xlsx;
    }

    let corpus: Vec<Vec<u8>> = (0..plan.corpus)
        .map(|i| {
            let report = generator.report(10 + i % 190);
            match i % 3 {
                0 => workbook::write(&report, Lang::ALL[i % 9 / 3]).map_err(|e| e.to_string()),
                1 => att_xml::write(&report)
                    .map(String::into_bytes)
                    .map_err(|e| e.to_string()),
                _ => serde_json::to_vec(&report).map_err(|e| e.to_string()),
            }
        })
        .collect::<Result<_, _>>()?;
    let corpus_bytes: usize = corpus.iter().map(Vec::len).sum();
    let corpus_time = median(3, || {
        corpus
            .par_iter()
            .map(|bytes| {
                att_core::load(bytes, &limits)
                    .map(|loaded| att_core::check(&loaded, &validator).len())
                    .unwrap_or(0)
            })
            .sum::<usize>()
    });
    println!(
        "\ncorpus of {} reports (workbooks, XML and JSON in turn; 10–199 entries; {:.1} MB) on {} threads: {:.3} s",
        plan.corpus,
        corpus_bytes as f64 / 1e6,
        rayon::current_num_threads(),
        corpus_time.as_secs_f64()
    );

    let peak = peak_rss_of(&largest_workbook)?;
    let decoded = decoded_cells_bytes(&largest_workbook)?;
    println!(
        "peak memory reading the {}-entry workbook: {:.1} MB; its decoded cells: {:.1} MB",
        plan.sizes[2],
        peak as f64 / 1e6,
        decoded as f64 / 1e6
    );

    figures.insert(
        "ratio_vs_calamine".into(),
        json!(workbook_ratios.last().copied()),
    );
    figures.insert("corpus_seconds".into(), json!(corpus_time.as_secs_f64()));
    figures.insert("corpus_threads".into(), json!(rayon::current_num_threads()));
    figures.insert("peak_rss_mb".into(), json!(peak as f64 / 1e6));
    figures.insert("decoded_cells_mb".into(), json!(decoded as f64 / 1e6));
    println!("{}", serde_json::Value::Object(figures));
    Ok(())
}

/// Writes the benchmark's reports as files, to profile or to validate with the `att` binary.
fn write_samples(directory: &std::path::Path) -> Result<(), String> {
    std::fs::create_dir_all(directory).map_err(|e| e.to_string())?;
    let mut generator = generate::Generator::new(2026);
    for size in FULL.sizes {
        let report = generator.report(size);
        let xlsx = workbook::write(&report, Lang::En).map_err(|e| e.to_string())?;
        let json = serde_json::to_vec_pretty(&report).map_err(|e| e.to_string())?;
        let xml = att_xml::write(&report)
            .map_err(|e| e.to_string())?
            .into_bytes();
        for (extension, bytes) in [("xlsx", xlsx), ("json", json), ("xml", xml)] {
            let path = directory.join(format!("report-{size}.{extension}"));
            std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// Reads every cell of every sheet with calamine and nothing else.
fn calamine_plain_read(bytes: &[u8]) -> usize {
    use calamine::Reader;
    let Ok(mut workbook) = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)) else {
        return 0;
    };
    let names = workbook.sheet_names();
    names
        .iter()
        .filter_map(|name| workbook.worksheet_range(name).ok())
        .map(|range| range.used_cells().count())
        .sum()
}

/// Bytes of the cells calamine decodes from the workbook: one `Data` per cell of each sheet's
/// range, plus the text of string cells.
fn decoded_cells_bytes(bytes: &[u8]) -> Result<usize, String> {
    use calamine::{Data, Reader};
    let mut workbook =
        calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let names = workbook.sheet_names();
    let mut total = 0;
    for name in names {
        let range = workbook.worksheet_range(&name).map_err(|e| e.to_string())?;
        let (rows, columns) = range.get_size();
        total += rows * columns * std::mem::size_of::<Data>();
        total += range
            .used_cells()
            .map(|(_, _, cell)| match cell {
                Data::String(text) => text.capacity(),
                _ => 0,
            })
            .sum::<usize>();
    }
    Ok(total)
}

/// Runs this program again to read `workbook` alone, and returns the child's peak memory.
fn peak_rss_of(workbook: &[u8]) -> Result<u64, String> {
    let directory = std::env::temp_dir().join(format!("att-bench-{}", std::process::id()));
    std::fs::create_dir_all(&directory).map_err(|e| e.to_string())?;
    let path = directory.join("largest.xlsx");
    std::fs::write(&path, workbook).map_err(|e| e.to_string())?;
    let program = std::env::current_exe().map_err(|e| e.to_string())?;
    let output = std::process::Command::new(program)
        .arg("--peak-rss-of")
        .arg(&path)
        .output()
        .map_err(|e| e.to_string())?;
    let _ = std::fs::remove_dir_all(&directory);
    String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .map_err(|_| {
            format!(
                "the memory probe failed: {}",
                String::from_utf8_lossy(&output.stderr)
            )
        })
}

/// The child side of [`peak_rss_of`]: read and validate one file, print the peak RSS in bytes.
fn peak_rss_child(path: &str) -> ExitCode {
    let Ok(bytes) = std::fs::read(path) else {
        return ExitCode::from(2);
    };
    let limits = att_core::Limits::default();
    if let Ok(loaded) = att_core::load(&bytes, &limits) {
        std::hint::black_box(att_core::check(&loaded, &att_validate::Validator::new()));
    }
    drop(bytes);
    match measure::peak_rss_bytes() {
        Some(peak) => {
            println!("{peak}");
            ExitCode::SUCCESS
        }
        None => ExitCode::from(2),
    }
}

/// Writes the mirror corpus and times `att validate`, `att mirror` and `att export` on it.
fn mirror_corpus_bench(directory: Option<&str>) -> Result<(), String> {
    let corpus = mirror_corpus::generate(150, 10, 2026)?;
    let (directory, temporary) = match directory {
        Some(directory) => (std::path::PathBuf::from(directory), false),
        None => (
            std::env::temp_dir().join(format!("att-mirror-corpus-{}", std::process::id())),
            true,
        ),
    };
    std::fs::create_dir_all(&directory).map_err(|e| e.to_string())?;
    let mut bytes = 0;
    let entries = corpus.entries;
    for (name, content) in &corpus.files {
        bytes += content.len();
        std::fs::write(directory.join(name), content).map_err(|e| format!("{name}: {e}"))?;
    }
    let att = match std::env::var_os("ATT_BIN") {
        Some(path) => std::path::PathBuf::from(path),
        None => std::env::current_exe()
            .map_err(|e| e.to_string())?
            .with_file_name("att"),
    };
    if !att.is_file() {
        return Err(format!(
            "{}: no att binary; build it with `cargo build --release -p att` or set ATT_BIN",
            att.display()
        ));
    }
    println!(
        "mirror corpus: {} reports (workbooks, XML and JSON in turn; {entries} entries; {:.1} MB); planted: {} mirror findings",
        corpus.files.len(),
        bytes as f64 / 1e6,
        corpus.planted.len()
    );
    let folder = directory.display().to_string();
    let export = directory.join("export.csv").display().to_string();
    let runs: [(&str, Vec<&str>); 3] = [
        (
            "att validate",
            vec!["validate", "--format", "json", &folder],
        ),
        ("att mirror", vec!["mirror", "--format", "json", &folder]),
        (
            "att export",
            vec!["export", "--to", "csv", "-o", &export, &folder],
        ),
    ];
    let mut figures = serde_json::Map::new();
    println!("| command | seconds | peak memory MB |");
    println!("|---|---:|---:|");
    for (label, arguments) in runs {
        let output = std::process::Command::new("/usr/bin/time")
            .args(["-f", "%e %M"])
            .arg(&att)
            .args(&arguments)
            .output()
            .map_err(|e| format!("/usr/bin/time: {e}"))?;
        let stderr = String::from_utf8_lossy(&output.stderr);
        let last = stderr.lines().last().unwrap_or_default();
        let mut parts = last.split_whitespace();
        let seconds: f64 = parts
            .next()
            .and_then(|s| s.parse().ok())
            .unwrap_or(f64::NAN);
        let kilobytes: f64 = parts
            .next()
            .and_then(|s| s.parse().ok())
            .unwrap_or(f64::NAN);
        println!("| {label} | {seconds:.2} | {:.0} |", kilobytes / 1e3);
        figures.insert(
            label.replace(' ', "_"),
            json!({ "seconds": seconds, "peak_rss_mb": kilobytes / 1e3 }),
        );
        if label == "att validate" {
            let found = planted_found(&output.stdout, &directory)?;
            if found != corpus.planted {
                return Err(format!(
                    "att validate found {} mirror findings, {} were planted",
                    found.len(),
                    corpus.planted.len()
                ));
            }
            println!("(every planted finding found by att validate, and no other)");
        }
    }
    if temporary {
        let _ = std::fs::remove_dir_all(&directory);
    }
    println!("{}", serde_json::Value::Object(figures));
    Ok(())
}

/// The mirror findings of `att validate --format json` output, as the corpus plants them.
fn planted_found(
    output: &[u8],
    directory: &std::path::Path,
) -> Result<Vec<mirror_corpus::Expected>, String> {
    let report: serde_json::Value = serde_json::from_slice(output).map_err(|e| e.to_string())?;
    let prefix = format!("{}/", directory.display());
    let mut found = Vec::new();
    for file in report["files"].as_array().into_iter().flatten() {
        let name = file["path"].as_str().unwrap_or_default();
        let name = name.strip_prefix(&prefix).unwrap_or(name).to_owned();
        for diagnostic in file["diagnostics"].as_array().into_iter().flatten() {
            let code = match diagnostic["code"].as_str() {
                Some("ATT0300") => "ATT0300",
                Some("ATT0301") => "ATT0301",
                _ => continue,
            };
            let pointer = diagnostic["pointer"]
                .as_str()
                .unwrap_or_default()
                .to_owned();
            found.push((code, name.clone(), pointer));
        }
    }
    found.sort();
    Ok(found)
}
