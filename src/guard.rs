//! Keeping a panic (a bug of att or of a library it uses) from crashing a run: the work on one
//! input runs guarded, and a panic there becomes that input's failure, with no backtrace on
//! standard error. Panics outside guarded work are reported as usual.

use crate::error::Panicked;
use std::cell::{Cell, RefCell};
use std::panic::{AssertUnwindSafe, catch_unwind};

thread_local! {
    static GUARDED: Cell<bool> = const { Cell::new(false) };
    static LAST_PANIC: RefCell<Option<Panicked>> = const { RefCell::new(None) };
}

/// Installs the panic hook: inside [`guarded`] work it only records the message (libraries
/// such as the workbook reader also catch panics of their own dependencies); elsewhere it
/// reports as Rust does by default.
pub fn install() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if GUARDED.with(Cell::get) {
            let failure = Panicked::of_payload(info.payload());
            LAST_PANIC.with(|last| *last.borrow_mut() = Some(failure));
        } else {
            default(info);
        }
    }));
}

/// Runs `work`; a panic in it becomes an error saying that att failed on this input.
pub fn guarded<T>(work: impl FnOnce() -> T) -> Result<T, Panicked> {
    let was_guarded = GUARDED.with(|guarded| guarded.replace(true));
    let outcome = catch_unwind(AssertUnwindSafe(work));
    GUARDED.with(|guarded| guarded.set(was_guarded));
    outcome.map_err(|_| {
        LAST_PANIC
            .with(|last| last.borrow_mut().take())
            .unwrap_or(Panicked { cause: None })
    })
}
