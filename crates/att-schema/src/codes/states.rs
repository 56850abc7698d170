//! States and territories (ISO 3166-1), with their UN names in three languages, and the
//! resolver from free text to a State.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::partners::{self, NonStatePartner};
use super::{Word, ascii_code, bag_key, looks_like_code, name_words, parse_tsv};
use crate::lang::{Lang, Text};
use crate::text::fold;

/// What a [`State`] is at the United Nations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StateStatus {
    /// A member State of the United Nations (193).
    Member,
    /// A non-member observer State of the General Assembly: the Holy See, the State of
    /// Palestine.
    Observer,
    /// A dependent or special territory with its own ISO 3166-1 code (Greenland, Hong Kong,
    /// Puerto Rico…).
    Territory,
    /// Anything else with a code that reports use: Kosovo (XKX), Taiwan (TWN), the Cook
    /// Islands, Niue, Antarctica.
    Other,
}

/// A State or territory of ISO 3166-1 (plus Kosovo, XKX), with its names in English, French and
/// Spanish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    /// ISO 3166-1 alpha-3 code, e.g. `SWE`: the code the toolkit stores.
    pub alpha3: &'static str,
    /// ISO 3166-1 alpha-2 code, e.g. `SE`.
    pub alpha2: &'static str,
    /// What the State is at the United Nations.
    pub status: StateStatus,
    /// Its main ISO 4217 currency, e.g. `SEK`; empty for Antarctica.
    pub currency: &'static str,
    short: Text,
    formal: Text,
}

impl State {
    /// The short name in `lang`, UN style: "Sweden", "Suède", "Suecia"; "Bolivia
    /// (Plurinational State of)".
    pub fn short_name(&self, lang: Lang) -> &'static str {
        self.short.get(lang)
    }

    /// The formal name in `lang`, without a leading article: "Kingdom of Sweden", "Royaume de
    /// Suède", "Reino de Suecia".
    pub fn formal_name(&self, lang: Lang) -> &'static str {
        self.formal.get(lang)
    }

    /// The English short name.
    pub fn name(&self) -> &'static str {
        self.short.en
    }
}

/// The result of [`resolve_state`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StateMatch {
    /// The text names this State.
    Found(&'static State),
    /// The text fits several States ("Congo", "Korea", "Virgin Islands"), or names several;
    /// sorted by alpha-3 code.
    Ambiguous(Vec<&'static State>),
    /// The text names a partner that is not a State ("various", "EU", "Africa").
    NotAState(&'static NonStatePartner),
    /// The text names no known State; `closest` is the State whose name is nearest in spelling,
    /// when one is near enough to be a plausible typo ("Swedn" → Sweden).
    Unknown {
        /// The State with the nearest name, if it is near.
        closest: Option<&'static State>,
    },
}

/// Every State and territory, sorted by alpha-3 code.
pub fn all_states() -> &'static [State] {
    &STATES
}

/// The State with this ISO 3166-1 alpha-3 or alpha-2 code; case and surrounding spaces ignored.
///
/// ```
/// # use att_schema::codes::state_by_code;
/// assert_eq!(state_by_code(" se").map(|s| s.alpha3), Some("SWE"));
/// assert_eq!(state_by_code("XKX").map(|s| s.name()), Some("Kosovo"));
/// assert!(state_by_code("ZZZ").is_none());
/// ```
pub fn state_by_code(code: &str) -> Option<&'static State> {
    let mut buf = [0; 3];
    let code = ascii_code(code.trim(), &mut buf)?;
    INDEX.by_code.get(code).map(|&i| &STATES[i])
}

/// Resolves the free text of a report to a State.
///
/// In order:
///
/// 1. Text written as two or three capital letters is tried as an ISO 3166-1 code: "SWE", "SE".
///    (So "AU" is Australia, not the African Union, and "NA" is Namibia.)
/// 2. Every short and formal name in English, French and Spanish and every alias in
///    `data/state-aliases.tsv` is compared, ignoring case, accents, punctuation, word order,
///    articles and connectors ("of", "the", "de", "la", "y", "et"…), and with abbreviations
///    expanded ("Rep." → republic, "Dem." → democratic, "St" → saint, "Is."/"Isl." → islands,
///    "PDR" → people's democratic republic; "U.S.A." is "USA"). A match names one State
///    ([`StateMatch::Found`]) — "Korea, Rep.", "Rep. of Korea", "Republic of Korea" and "Corée,
///    République de" are all KOR.
/// 3. Names of partners that are not States ("various", "EU member states", "NATO Support and
///    Procurement Agency (NSPA)", "Africa") are [`StateMatch::NotAState`], unless a State is
///    named before them ("France (EU member)"); see [`super::recognise_non_state_partner`].
/// 4. A part of a name that fits one State is that State ("Bosnia", "Kitts"); one that fits two
///    or three is [`StateMatch::Ambiguous`] ("Congo", "Korea", "Virgin Islands", "Saint
///    Martin"). A whole name wins over a part: "Guinea" is GIN, not also Equatorial Guinea.
/// 5. A text that contains State names and more ("Republic of Korea (South Korea)", "France
///    (EU member)", "Kosovo (UNSCR 1244)") is the State it names, or [`StateMatch::Ambiguous`]
///    when it names several ("Germany / Netherlands").
/// 6. Otherwise [`StateMatch::Unknown`], with the State whose name is closest in spelling when
///    the edit distance is small ("Swedn" → SWE; "Atlantis" → none).
pub fn resolve_state(name: &str) -> StateMatch {
    let name = name.trim();
    RECENT_RESOLUTIONS.with(|recent| {
        if let Some(known) = recent.borrow().get(name) {
            return known.clone();
        }
        let resolved = resolve_uncached(name);
        let mut recent = recent.borrow_mut();
        if recent.len() >= RECENT_RESOLUTIONS_KEPT {
            recent.clear();
        }
        recent.insert(name.into(), resolved.clone());
        resolved
    })
}

/// How many resolutions each thread remembers: reports name the same few hundred States over
/// and over (a 100,000-row table resolves each partner name thousands of times).
const RECENT_RESOLUTIONS_KEPT: usize = 4096;

thread_local! {
    static RECENT_RESOLUTIONS: std::cell::RefCell<std::collections::HashMap<Box<str>, StateMatch>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

fn resolve_uncached(name: &str) -> StateMatch {
    if looks_like_code(name)
        && let Some(state) = state_by_code(name)
    {
        return StateMatch::Found(state);
    }
    let words = name_words(name);
    if words.is_empty() {
        return StateMatch::Unknown { closest: None };
    }
    let key = bag_key(words.iter().map(|w| w.text.as_str()));
    if let Some(ids) = INDEX.exact.get(&key) {
        return found_or_ambiguous(ids.iter().copied());
    }
    if let Some(partner) = partners::recognise_words(&words) {
        return StateMatch::NotAState(partner);
    }
    if let Some(found) = partial_match(&words) {
        return found;
    }
    let mut named: Vec<usize> = state_windows(&words)
        .into_iter()
        .flat_map(|w| w.states.iter().copied())
        .collect();
    if !named.is_empty() {
        named.sort_unstable();
        named.dedup();
        return found_or_ambiguous(named.into_iter());
    }
    StateMatch::Unknown {
        closest: closest_state(name),
    }
}

/// Whether the whole text is a State name or alias (not a code); used by the non-State
/// recogniser, which must never claim a State name.
pub(super) fn is_state_name(words: &[Word]) -> bool {
    !words.is_empty()
        && INDEX
            .exact
            .contains_key(&bag_key(words.iter().map(|w| w.text.as_str())))
}

/// A run of words of a text that is a State name or alias.
pub(super) struct Window {
    /// First word.
    pub(super) start: usize,
    /// One past the last word.
    pub(super) end: usize,
    states: &'static [usize],
}

/// The runs of words of `words` that are State names or aliases, keeping only those not inside a
/// longer one. Names of three letters or fewer ("US", "UK", "UAE") count only when written in
/// capitals, so that the English word "us" is not the United States.
pub(super) fn state_windows(words: &[Word]) -> Vec<Window> {
    let mut found: Vec<Window> = Vec::new();
    for start in 0..words.len() {
        let longest = INDEX.longest_name.min(words.len() - start);
        for len in (1..=longest).rev() {
            let end = start + len;
            let run = &words[start..end];
            let key = bag_key(run.iter().map(|w| w.text.as_str()));
            let Some(ids) = INDEX.exact.get(&key) else {
                continue;
            };
            if key.chars().count() <= 3 && !run.iter().all(|w| w.upper) {
                continue;
            }
            if !found.iter().any(|f| f.start <= start && end <= f.end) {
                found.push(Window {
                    start,
                    end,
                    states: ids,
                });
            }
            break;
        }
    }
    found
}

fn found_or_ambiguous(ids: impl Iterator<Item = usize>) -> StateMatch {
    let mut states: Vec<&'static State> = ids.map(|i| &STATES[i]).collect();
    if states.len() == 1 {
        StateMatch::Found(states[0])
    } else {
        states.sort_by_key(|s| s.alpha3);
        states.dedup_by_key(|s| s.alpha3);
        StateMatch::Ambiguous(states)
    }
}

/// Words too common in State names to identify a State by themselves.
const GENERIC_WORDS: &[&str] = &[
    "republic",
    "democratic",
    "people",
    "islands",
    "kingdom",
    "united",
    "states",
    "state",
    "saint",
    "sainte",
    "san",
    "santa",
    "federal",
    "new",
    "south",
    "north",
    "east",
    "west",
    "western",
    "central",
    "arab",
    "islamic",
    "socialist",
    "union",
    "independent",
    "commonwealth",
    "estado",
    "estados",
    "etat",
    "etats",
    "reino",
    "royaume",
    "sud",
    "norte",
    "nord",
    "great",
    "gran",
    "grand",
    "territory",
    "part",
    "french",
    "british",
    "american",
    "unis",
    "unidos",
    "unie",
    "unida",
    "and",
];

/// A name that all the words of `words` belong to: one State, or two or three.
fn partial_match(words: &[Word]) -> Option<StateMatch> {
    if words
        .iter()
        .all(|w| GENERIC_WORDS.contains(&w.text.as_str()))
    {
        return None;
    }
    let mut states: Vec<usize> = INDEX
        .entries
        .iter()
        .filter(|e| words.iter().all(|w| e.words.contains(&w.text)))
        .map(|e| e.state)
        .collect();
    states.sort_unstable();
    states.dedup();
    match states.len() {
        1..=3 => Some(found_or_ambiguous(states.into_iter())),
        _ => None,
    }
}

/// How close a misspelling must be to a name, as normalised Damerau–Levenshtein similarity.
const CLOSEST_THRESHOLD: f64 = 0.75;

fn closest_state(name: &str) -> Option<&'static State> {
    let folded = fold(name);
    if folded.chars().count() < 3 {
        return None;
    }
    let mut best: Option<(f64, usize)> = None;
    for entry in &INDEX.entries {
        let score = strsim::normalized_damerau_levenshtein(&folded, &entry.folded);
        if score >= CLOSEST_THRESHOLD && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, entry.state));
        }
    }
    best.map(|(_, i)| &STATES[i])
}

static STATES: LazyLock<Vec<State>> = LazyLock::new(|| {
    parse_tsv(
        "states.tsv",
        include_str!("../../data/states.tsv"),
        &[
            "alpha3",
            "alpha2",
            "status",
            "currency",
            "en_short",
            "en_formal",
            "fr_short",
            "fr_formal",
            "es_short",
            "es_formal",
        ],
        10,
    )
    .into_iter()
    .map(|r| State {
        alpha3: r[0],
        alpha2: r[1],
        status: match r[2] {
            "member" => StateStatus::Member,
            "observer" => StateStatus::Observer,
            "territory" => StateStatus::Territory,
            "other" => StateStatus::Other,
            other => panic!("states.tsv: {}: unknown status {other:?}", r[0]),
        },
        currency: r[3],
        short: Text {
            en: r[4],
            fr: r[6],
            es: r[8],
        },
        formal: Text {
            en: r[5],
            fr: r[7],
            es: r[9],
        },
    })
    .collect()
});

/// A name or alias of a State, prepared for matching.
struct Entry {
    /// Its words, as [`name_words`] gives them, sorted, without duplicates.
    words: Vec<String>,
    /// Its [`fold`], for the edit distance.
    folded: String,
    state: usize,
}

struct Index {
    by_code: HashMap<&'static str, usize>,
    exact: HashMap<String, Vec<usize>>,
    entries: Vec<Entry>,
    /// The largest number of words in a name.
    longest_name: usize,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let states: &'static [State] = &STATES;
    let mut index = Index {
        by_code: HashMap::new(),
        exact: HashMap::new(),
        entries: Vec::new(),
        longest_name: 0,
    };
    let position: HashMap<&str, usize> = states
        .iter()
        .enumerate()
        .map(|(i, s)| (s.alpha3, i))
        .collect();
    let add = |index: &mut Index, name: &'static str, state: usize| {
        let words = name_words(name);
        assert!(!words.is_empty(), "State name {name:?} has no words");
        let key = bag_key(words.iter().map(|w| w.text.as_str()));
        let ids = index.exact.entry(key.clone()).or_default();
        if !ids.contains(&state) {
            ids.push(state);
        }
        index.longest_name = index.longest_name.max(words.len());
        index.entries.push(Entry {
            words: key.split(' ').map(str::to_owned).collect(),
            folded: fold(name),
            state,
        });
    };
    for (i, s) in states.iter().enumerate() {
        for code in [s.alpha3, s.alpha2] {
            let previous = index.by_code.insert(code, i);
            assert!(previous.is_none(), "states.tsv: code {code} used twice");
        }
        for lang in Lang::ALL {
            add(&mut index, s.short_name(lang), i);
            add(&mut index, s.formal_name(lang), i);
        }
    }
    let aliases = parse_tsv(
        "state-aliases.tsv",
        include_str!("../../data/state-aliases.tsv"),
        &["alpha3", "alias"],
        2,
    );
    for row in aliases {
        let state = *position
            .get(row[0])
            .unwrap_or_else(|| panic!("state-aliases.tsv: unknown code {:?}", row[0]));
        add(&mut index, row[1], state);
    }
    index
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse() {
        assert_eq!(all_states().len(), 250);
        assert!(INDEX.exact.len() > 1000);
        assert!(
            all_states().windows(2).all(|w| w[0].alpha3 < w[1].alpha3),
            "states.tsv must be sorted by alpha-3 code"
        );
    }

    #[test]
    fn status_counts() {
        let count = |st| all_states().iter().filter(|s| s.status == st).count();
        assert_eq!(count(StateStatus::Member), 193);
        assert_eq!(count(StateStatus::Observer), 2);
    }
}
