//! Whether to colour what att prints: `--color`, else the terminal and `NO_COLOR`.

use crate::cli::ColorWhen;

/// Makes `--color` the choice of every stream of the process.
pub fn choose(when: ColorWhen) {
    anstream::ColorChoice::write_global(match when {
        ColorWhen::Auto => anstream::ColorChoice::Auto,
        ColorWhen::Always => anstream::ColorChoice::Always,
        ColorWhen::Never => anstream::ColorChoice::Never,
    });
}

/// Whether text for standard output is coloured; `to_file` when it goes to a file named with
/// `-o`, which only `--color always` colours.
pub fn stdout(to_file: bool) -> bool {
    enabled(&std::io::stdout(), to_file)
}

/// Whether text for standard error is coloured.
pub fn stderr() -> bool {
    enabled(&std::io::stderr(), false)
}

fn enabled<S: anstream::stream::RawStream>(stream: &S, to_file: bool) -> bool {
    match anstream::ColorChoice::global() {
        anstream::ColorChoice::Always | anstream::ColorChoice::AlwaysAnsi => true,
        anstream::ColorChoice::Never => false,
        anstream::ColorChoice::Auto => {
            !to_file && anstream::AutoStream::choice(stream) != anstream::ColorChoice::Never
        }
    }
}
