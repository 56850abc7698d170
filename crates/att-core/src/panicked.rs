//! att's own failure on an input: a panic (a bug of att or of a library it uses) caught while
//! it worked on one file, which the command line and the offline page report as that file's
//! failure, worded alike (in `messages`).

use att_schema::say::Detail;
use std::any::Any;

/// A panic caught while att worked on an input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Panicked {
    /// The panic's message, when it had one (a bug's own words, quoted as they are).
    pub cause: Option<Detail>,
}

impl Panicked {
    /// The failure of a panic whose payload is `payload` (`panic!` gives a `&str` or a
    /// `String`; anything else has no message).
    pub fn of_payload(payload: &(dyn Any + Send)) -> Panicked {
        let cause = payload
            .downcast_ref::<&str>()
            .map(|message| Detail::of(message))
            .or_else(|| {
                payload
                    .downcast_ref::<String>()
                    .map(|message| Detail::of(message))
            });
        Panicked { cause }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_message_of_a_panic() {
        let caught =
            std::panic::catch_unwind(|| panic!("index {} out of range", 3)).expect_err("it panics");
        let failure = Panicked::of_payload(caught.as_ref());
        assert_eq!(
            failure.cause.as_ref().map(Detail::as_str),
            Some("index 3 out of range")
        );
        let caught = std::panic::catch_unwind(|| std::panic::panic_any(7)).expect_err("panics");
        assert_eq!(Panicked::of_payload(caught.as_ref()).cause, None);
    }
}
