//! Timing and memory measurements: medians over repeated runs, peak resident memory of a child
//! process.

use std::time::{Duration, Instant};

/// The median of `runs` timings of `work` (after one untimed warm-up run).
pub fn median<T>(runs: usize, mut work: impl FnMut() -> T) -> Duration {
    std::hint::black_box(work());
    let mut timings: Vec<Duration> = (0..runs.max(1))
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(work());
            start.elapsed()
        })
        .collect();
    timings.sort();
    timings[timings.len() / 2]
}

/// The peak resident set size of this process so far, in bytes (`VmHWM` of
/// `/proc/self/status`); `None` where the kernel does not say.
pub fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kilobytes: u64 = line
        .trim_start_matches("VmHWM:")
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kilobytes * 1024)
}

/// Megabytes per second for `bytes` processed in `time`.
pub fn throughput_mb_s(bytes: usize, time: Duration) -> f64 {
    bytes as f64 / 1e6 / time.as_secs_f64()
}

/// `time` in milliseconds, for tables.
pub fn ms(time: Duration) -> f64 {
    time.as_secs_f64() * 1e3
}
