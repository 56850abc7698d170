//! States and territories (ISO 3166-1), with their UN names in three languages, and the
//! resolver from free text to a State.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use super::former::{FormerEntity, former_entities};
use super::partners::{self, NonStatePartner};
use super::{
    Word, ascii_code, bag_key, looks_like_code, name_words, parse_tsv, split_components,
    written_words,
};
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
    /// Puerto Rico…); [`State::sovereign`] gives the State it belongs to.
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
    sovereign: Option<&'static str>,
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

    /// The State a territory belongs to, or is administered by or associated with: China for
    /// Hong Kong and Macao, Norway for Bouvet Island, the Netherlands for Curaçao, New Zealand for
    /// the Cook Islands. `None` for States, and for Antarctica, Western Sahara, Taiwan and Kosovo.
    ///
    /// ```
    /// # use att_schema::codes::state_by_code;
    /// let macao = state_by_code("MAC").unwrap();
    /// assert_eq!(macao.sovereign().map(|s| s.alpha3), Some("CHN"));
    /// assert!(state_by_code("SWE").unwrap().sovereign().is_none());
    /// ```
    pub fn sovereign(&self) -> Option<&'static State> {
        self.sovereign.and_then(state_by_code)
    }

    /// Whether the entry is a State that can be a party to the Treaty: a member or observer
    /// State of the United Nations.
    pub fn is_state(&self) -> bool {
        matches!(self.status, StateStatus::Member | StateStatus::Observer)
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
    /// when one is near enough to be a plausible typo ("Swedn" → Sweden), or the State whose
    /// name holds the text's words when they do not identify it ("Indian" → British Indian
    /// Ocean Territory; see [`resolve_state_detailed`]).
    Unknown {
        /// The State with the nearest name, if it is near.
        closest: Option<&'static State>,
    },
}

/// How [`resolve_state_detailed`] matched a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MatchMethod {
    /// An ISO 3166-1 code written in capitals: "SWE", "SE".
    Code,
    /// A short or formal UN name in English, French or Spanish: "Sweden", "Royaume de Suède".
    Name,
    /// Another name of the State: an abbreviation, a former or common name ("USA", "Swaziland",
    /// "Korea, Rep."), an ISO 3166-1 name, a name in German, Italian, Portuguese or Dutch
    /// ("Indien", "Grossbritannien").
    Alias,
    /// The name of a former State or territory ("Netherlands Antilles", "Serbia and
    /// Montenegro"): the result is its successor, or its successors as ambiguous.
    FormerEntity,
    /// A name whose abbreviated words (followed by a full stop) are the beginnings of the words
    /// of one name: "Bosnien und Herzeg.", "Franz. Polynesien", "Antilles, Néerland.".
    Abbreviation,
    /// A name inside a longer text: "France (EU member)", "Kosovo (UNSCR 1244)".
    Contained,
    /// A territory written with the State it belongs to: "Greenland (Denmark)", "Bermuda, UK".
    TerritoryWithSovereign,
    /// A part of a name that holds every word identifying it, leaving out only generic words or
    /// another part of a compound name: "Bosnia", "Lao", "Trinidad", "Arabische Emirate".
    DistinctivePart,
    /// Only some words of a name, which do not identify it: "Indien" is a word of "Territoire
    /// britannique de l'océan Indien", "New Guinea" of "Papua New Guinea". Not confident.
    PartOfName,
    /// No name matches; the closest name in spelling was taken as a suggestion ("Swedn").
    /// Not confident.
    Spelling,
    /// A partner that is not a State: "various", "EU", "Africa".
    NotAState,
    /// Nothing matched.
    NoMatch,
}

impl MatchMethod {
    /// Whether a match made this way names its State with confidence: everything but
    /// [`MatchMethod::PartOfName`], [`MatchMethod::Spelling`], [`MatchMethod::NotAState`] and
    /// [`MatchMethod::NoMatch`]. [`resolve_state`] gives [`StateMatch::Found`] only for these.
    pub fn is_confident(self) -> bool {
        !matches!(
            self,
            MatchMethod::PartOfName
                | MatchMethod::Spelling
                | MatchMethod::NotAState
                | MatchMethod::NoMatch
        )
    }
}

/// Where a matched name comes from, with its language when the tables know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameSource {
    /// A UN short or formal name in `states.tsv`.
    UnName(Lang),
    /// A hand-written alias in `state-aliases.tsv`.
    Alias,
    /// A name from CLDR in `state-aliases-cldr.tsv`, with its BCP 47 language: `de`, `it`,
    /// `pt`, `nl`.
    Cldr(&'static str),
    /// A name of a former entity in `former-entities.tsv`.
    Former,
}

/// What [`resolve_state_detailed`] found, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateResolution {
    /// What [`resolve_state`] returns for the text.
    pub outcome: StateMatch,
    /// How the text was matched.
    pub method: MatchMethod,
    /// The name or alias that the text was matched to, as the tables write it
    /// ("Territoire britannique de l'océan Indien" for "Indien" when German names are not
    /// known, "Bosnien und Herzegowina" for "Bosnien und Herzeg.").
    pub matched_name: Option<&'static str>,
    /// Where `matched_name` comes from.
    pub source: Option<NameSource>,
    /// The States the text was matched to, whether confidently or not: the found State, the
    /// ambiguous ones, the successors of a former entity, or the candidates of a match that is
    /// not confident (`PartOfName`, `Spelling`). Sorted by alpha-3 code.
    pub candidates: Vec<&'static State>,
    /// The former State or territory the text names, for [`MatchMethod::FormerEntity`] (and
    /// for an abbreviation of a former entity's name).
    pub former: Option<&'static FormerEntity>,
}

impl StateResolution {
    /// Whether the text names its State (or States) with confidence: see
    /// [`MatchMethod::is_confident`].
    pub fn is_confident(&self) -> bool {
        self.method.is_confident()
    }

    /// The State found, when the text names exactly one with confidence.
    pub fn state(&self) -> Option<&'static State> {
        match self.outcome {
            StateMatch::Found(state) => Some(state),
            _ => None,
        }
    }

    fn nothing(closest: Option<&'static State>) -> StateResolution {
        StateResolution {
            outcome: StateMatch::Unknown { closest },
            method: if closest.is_some() {
                MatchMethod::Spelling
            } else {
                MatchMethod::NoMatch
            },
            matched_name: None,
            source: None,
            candidates: closest.into_iter().collect(),
            former: None,
        }
    }
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
    let slot = code_slot(code.as_bytes())?;
    match INDEX.by_code.get(slot) {
        Some(&position) if position > 0 => STATES.get(usize::from(position) - 1),
        _ => None,
    }
}

/// Where a code of two or three capital letters is in [`Index::by_code`]: every such code has
/// its own slot, so finding a State by its code hashes nothing.
fn code_slot(code: &[u8]) -> Option<usize> {
    let letter = |b: &u8| b.is_ascii_uppercase().then(|| usize::from(b - b'A'));
    match code {
        [a, b] => Some(26 * 26 * 26 + letter(a)? * 26 + letter(b)?),
        [a, b, c] => Some((letter(a)? * 26 + letter(b)?) * 26 + letter(c)?),
        _ => None,
    }
}

/// The number of slots of [`Index::by_code`]: the codes of three letters, then those of two.
const CODE_SLOTS: usize = 26 * 26 * 26 + 26 * 26;

/// Whether `alpha3` is the code of a row of `states.tsv`, without building the name index (the
/// index reads the former entities, whose table checks its codes with this).
pub(super) fn is_listed(alpha3: &str) -> bool {
    STATES.iter().any(|s| s.alpha3 == alpha3)
}

/// Resolves the free text of a report to a State.
///
/// In order:
///
/// 1. Text written as two or three capital letters is tried as an ISO 3166-1 code: "SWE", "SE".
///    (So "AU" is Australia, not the African Union, and "NA" is Namibia.)
/// 2. Every short and formal name in English, French and Spanish, every alias in
///    `data/state-aliases.tsv` and every German, Italian, Portuguese and Dutch name in
///    `data/state-aliases-cldr.tsv` is compared, ignoring case, accents, punctuation, word order,
///    articles and connectors ("of", "the", "de", "la", "y", "et", "und", "van"…), and with
///    abbreviations expanded ("Rep." → republic, "Dem." → democratic, "St" → saint, "Is."/"Isl."
///    → islands, "PDR" → people's democratic republic; "U.S.A." is "USA"). A match names one
///    State ([`StateMatch::Found`]) — "Korea, Rep.", "Rep. of Korea", "Republic of Korea",
///    "Corée, République de" and "Korea (Süd)" are all KOR. A former entity's name gives its
///    successor ("German Democratic Republic" → DEU), or its successors as
///    [`StateMatch::Ambiguous`] ("Netherlands Antilles", "Serbia and Montenegro").
/// 3. Words abbreviated with a full stop are read as the beginnings of a name's words
///    ("Bosnien und Herzeg.", "Franz. Polynesien", "Antilles, Néerland.").
/// 4. Names of partners that are not States ("various", "EU member states", "NATO Support and
///    Procurement Agency (NSPA)", "Africa") are [`StateMatch::NotAState`], unless a State is
///    named before them ("France (EU member)"); see [`super::recognise_non_state_partner`].
/// 5. A part of a name is its State when it holds every word that identifies the name (all but
///    generic words such as "Republic", "Islands", "United", or the other half of a compound
///    name): "Bosnia", "Kitts", "Lao", "Arabische Emirate". A part that fits two or three States
///    is [`StateMatch::Ambiguous`] ("Congo", "Korea", "Virgin Islands", "Saint Martin"). A
///    part that does not identify the name ("Indian" of "British Indian Ocean Territory") is
///    [`StateMatch::Unknown`] with that State as `closest`: it is never taken silently.
/// 6. A text that contains State names and more ("Republic of Korea (South Korea)", "France
///    (EU member)", "Kosovo (UNSCR 1244)") is the State it names; a territory with the State it
///    belongs to ("Greenland (Denmark)") is the territory; a text naming several States is
///    [`StateMatch::Ambiguous`] ("Germany / Netherlands").
/// 7. Otherwise [`StateMatch::Unknown`], with the State whose name is closest in spelling when
///    the edit distance is small ("Swedn" → SWE; "Atlantis" → none).
///
/// [`resolve_state_detailed`] says which of these matched, and to what name.
pub fn resolve_state(name: &str) -> StateMatch {
    resolve_state_detailed(name).outcome
}

/// [`resolve_state`], saying how the text was matched and to what: the method
/// ([`MatchMethod`]), the name or alias matched and its language, the candidate States (also
/// when the match is not confident), and the former entity named. Territories and entities that
/// are not member States resolve like States; their [`State::status`] and [`State::sovereign`]
/// say what they are.
///
/// ```
/// use att_schema::codes::{resolve_state_detailed, MatchMethod, NameSource, StateMatch};
///
/// let india = resolve_state_detailed("Indien");
/// assert_eq!(india.state().map(|s| s.alpha3), Some("IND"));
/// assert_eq!(india.source, Some(NameSource::Cldr("de")));
///
/// let part = resolve_state_detailed("Indian");
/// assert_eq!(part.method, MatchMethod::PartOfName);
/// assert!(matches!(part.outcome, StateMatch::Unknown { closest: Some(s) } if s.alpha3 == "IOT"));
///
/// let antilles = resolve_state_detailed("Antillen, Niederl.");
/// assert_eq!(antilles.former.map(|f| f.code), Some("ANT"));
/// assert!(matches!(antilles.outcome, StateMatch::Ambiguous(ref s) if s.len() == 3));
/// ```
pub fn resolve_state_detailed(name: &str) -> StateResolution {
    let name = name.trim();
    RECENT_RESOLUTIONS.with(|recent| {
        if let Some(known) = recent.borrow().get(name) {
            return known.clone();
        }
        let resolved = resolve_uncached(name, Closest::Wanted);
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
    static RECENT_RESOLUTIONS: std::cell::RefCell<FxHashMap<Box<str>, StateResolution>> =
        std::cell::RefCell::new(FxHashMap::default());
}

/// The State a text surely names: [`resolve_state`]'s [`StateMatch::Found`], without looking
/// for the closest name of a text that names none, which costs an edit distance to every name.
/// For readers that ask of every cell of a column whether it names a State.
///
/// ```
/// use att_schema::codes::find_state;
///
/// assert_eq!(find_state("Korea, Rep.").map(|s| s.alpha3), Some("KOR"));
/// assert_eq!(find_state("Congo"), None);
/// assert_eq!(find_state("Swedn"), None);
/// ```
pub fn find_state(name: &str) -> Option<&'static State> {
    let name = name.trim();
    let known = RECENT_RESOLUTIONS
        .with(|recent| recent.borrow().get(name).map(|known| known.outcome.clone()));
    match known.unwrap_or_else(|| resolve_uncached(name, Closest::NotWanted).outcome) {
        StateMatch::Found(state) => Some(state),
        _ => None,
    }
}

/// Whether a resolution looks for the closest name of a text that names no State.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Closest {
    Wanted,
    NotWanted,
}

impl Closest {
    fn of(self, name: &str) -> Option<&'static State> {
        match self {
            Closest::Wanted => closest_state(name),
            Closest::NotWanted => None,
        }
    }
}

fn resolve_uncached(name: &str, closest: Closest) -> StateResolution {
    if looks_like_code(name)
        && let Some(state) = state_by_code(name)
    {
        return StateResolution {
            outcome: StateMatch::Found(state),
            method: MatchMethod::Code,
            matched_name: None,
            source: None,
            candidates: vec![state],
            former: None,
        };
    }
    let words = name_words(name);
    if words.is_empty() {
        return StateResolution::nothing(None);
    }
    let key = bag_key(words.iter().map(|w| w.text.as_str()));
    if let Some(entries) = INDEX.exact.get(&key) {
        return from_entries(entries, None);
    }
    if let Some(found) = abbreviation_match(name) {
        return found;
    }
    if let Some(partner) = partners::recognise_words(&words) {
        return StateResolution {
            outcome: StateMatch::NotAState(partner),
            method: MatchMethod::NotAState,
            matched_name: None,
            source: None,
            candidates: Vec::new(),
            former: None,
        };
    }
    if let Some(found) = partial_match(&words, name, closest) {
        return found;
    }
    if let Some(found) = contained_match(&words) {
        return found;
    }
    StateResolution::nothing(closest.of(name))
}

/// The resolution of a text that matched `entries` (of one name key) wholly, made by `method`
/// (`None`: by name, alias or former name, as the entries say).
fn from_entries(entries: &[usize], method: Option<MatchMethod>) -> StateResolution {
    let first = &INDEX.entries[entries[0]];
    if let Target::Former(f) = first.target {
        let former = &former_entities()[f];
        let successors = former.successors();
        return StateResolution {
            outcome: found_or_ambiguous(successors.clone()),
            method: method.unwrap_or(MatchMethod::FormerEntity),
            matched_name: Some(first.name),
            source: Some(first.source),
            candidates: successors,
            former: Some(former),
        };
    }
    let mut states: Vec<&'static State> = entries
        .iter()
        .filter_map(|&e| INDEX.entries[e].state())
        .collect();
    sort_states(&mut states);
    let by_name = entries
        .iter()
        .map(|&e| &INDEX.entries[e])
        .find(|e| matches!(e.source, NameSource::UnName(_)));
    let shown = by_name.unwrap_or(first);
    let method = method.unwrap_or(if by_name.is_some() {
        MatchMethod::Name
    } else {
        MatchMethod::Alias
    });
    StateResolution {
        outcome: found_or_ambiguous(states.clone()),
        method,
        matched_name: Some(shown.name),
        source: Some(shown.source),
        candidates: states,
        former: None,
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
    /// The entries of the name the run matches (States only).
    entries: &'static [usize],
}

/// The runs of words of `words` that are names or aliases of States (not of former entities),
/// keeping only those not inside a longer one. Names of three letters or fewer ("US", "UK",
/// "UAE") count only when written in capitals, so that the English word "us" is not the United
/// States.
pub(super) fn state_windows(words: &[Word]) -> Vec<Window> {
    let mut found: Vec<Window> = Vec::new();
    for start in 0..words.len() {
        let longest = INDEX.longest_name.min(words.len() - start);
        for len in (1..=longest).rev() {
            let end = start + len;
            let run = &words[start..end];
            let key = bag_key(run.iter().map(|w| w.text.as_str()));
            let Some(entries) = INDEX.exact.get(&key) else {
                continue;
            };
            if entries.iter().all(|&e| INDEX.entries[e].state().is_none()) {
                continue;
            }
            if key.chars().count() <= 3 && !run.iter().all(|w| w.upper) {
                continue;
            }
            if !found.iter().any(|f| f.start <= start && end <= f.end) {
                found.push(Window {
                    start,
                    end,
                    entries,
                });
            }
            break;
        }
    }
    found
}

fn sort_states(states: &mut Vec<&'static State>) {
    states.sort_by_key(|s| s.alpha3);
    states.dedup_by_key(|s| s.alpha3);
}

fn found_or_ambiguous(mut states: Vec<&'static State>) -> StateMatch {
    sort_states(&mut states);
    match states.as_slice() {
        [] => StateMatch::Unknown { closest: None },
        [one] => StateMatch::Found(one),
        _ => StateMatch::Ambiguous(states),
    }
}

/// Words too common in place names to identify a place by themselves, in the languages reports
/// are written in (after [`name_words`]: "Rep." is already "republic", "Süd" "south").
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
    "sao",
    "federal",
    "new",
    "nouvelle",
    "nueva",
    "neu",
    "neue",
    "nuova",
    "nova",
    "nieuw",
    "south",
    "north",
    "east",
    "west",
    "western",
    "eastern",
    "northern",
    "southern",
    "central",
    "arab",
    "islamic",
    "socialist",
    "union",
    "independent",
    "commonwealth",
    "plurinational",
    "bolivarian",
    "estado",
    "estados",
    "etat",
    "etats",
    "reino",
    "royaume",
    "great",
    "gran",
    "grand",
    "territory",
    "territories",
    "part",
    "french",
    "british",
    "american",
    "dutch",
    "unis",
    "unidos",
    "unie",
    "unies",
    "unida",
    "unidas",
    "and",
    "territoire",
    "territoires",
    "territorio",
    "territorios",
    "territorium",
    "britannique",
    "britanico",
    "britanicas",
    "britannico",
    "britanniche",
    "britse",
    "britisches",
    "britische",
    "francaise",
    "francaises",
    "francesa",
    "francese",
    "franse",
    "americaines",
    "americana",
    "americane",
    "amerikanische",
    "amerikaanse",
    "neerlandaise",
    "holandesa",
    "partie",
    "parte",
    "islamique",
    "islamica",
    "islamische",
    "arabe",
    "arabes",
    "arabische",
    "vereinigte",
    "vereinigtes",
    "verenigde",
    "verenigd",
    "uniti",
    "konigreich",
    "koninkrijk",
    "regno",
    "staaten",
    "staten",
    "stati",
    "special",
    "administrative",
    "region",
    "sar",
    "outlying",
    "minor",
    "province",
];

/// Whether a word is generic, in the singular or the plural ("britanniques", "americanas").
fn is_generic(word: &str) -> bool {
    GENERIC_WORDS.contains(&word)
        || word
            .strip_suffix('s')
            .is_some_and(|singular| GENERIC_WORDS.contains(&singular))
}

/// Most States a part of a name may fit to be read as ambiguous rather than as nothing.
const MAX_PARTIAL_STATES: usize = 3;

/// A name that all the words of `words` belong to: one State, or two or three; confident when
/// the words identify the name (see [`MatchMethod::DistinctivePart`]).
fn partial_match(words: &[Word], name: &str, closest: Closest) -> Option<StateResolution> {
    if words.iter().all(|w| is_generic(&w.text)) {
        return None;
    }
    let mut confident: Vec<(&'static State, &Entry)> = Vec::new();
    let mut partial: Vec<(&'static State, &Entry)> = Vec::new();
    for entry in &INDEX.entries {
        let Some(state) = entry.state() else {
            continue;
        };
        if !words.iter().all(|w| entry.words.contains(&w.text)) {
            continue;
        }
        if entry.identified_by(words) {
            confident.push((state, entry));
        } else {
            partial.push((state, entry));
        }
    }
    let states_of = |found: &[(&'static State, &Entry)]| {
        let mut states: Vec<&'static State> = found.iter().map(|(s, _)| *s).collect();
        sort_states(&mut states);
        states
    };
    let confident_states = states_of(&confident);
    if (1..=MAX_PARTIAL_STATES).contains(&confident_states.len()) {
        let entry = confident[0].1;
        return Some(StateResolution {
            outcome: found_or_ambiguous(confident_states.clone()),
            method: MatchMethod::DistinctivePart,
            matched_name: Some(entry.name),
            source: Some(entry.source),
            candidates: confident_states,
            former: None,
        });
    }
    let mut candidates = states_of(&partial);
    candidates.extend(confident_states);
    sort_states(&mut candidates);
    if !(1..=MAX_PARTIAL_STATES).contains(&candidates.len()) {
        return None;
    }
    let closest = match candidates.as_slice() {
        [one] => Some(*one),
        _ => closest.of(name).filter(|c| candidates.contains(c)),
    };
    let entry = partial.first().or(confident.first())?.1;
    Some(StateResolution {
        outcome: StateMatch::Unknown { closest },
        method: MatchMethod::PartOfName,
        matched_name: Some(entry.name),
        source: Some(entry.source),
        candidates,
        former: None,
    })
}

/// State names inside a longer text: one State, a territory with its sovereign, or several.
fn contained_match(words: &[Word]) -> Option<StateResolution> {
    let windows = state_windows(words);
    let first = windows.first()?;
    let mut states: Vec<&'static State> = windows
        .iter()
        .flat_map(|w| w.entries.iter().filter_map(|&e| INDEX.entries[e].state()))
        .collect();
    sort_states(&mut states);
    let (outcome, method) = match states.as_slice() {
        [a, b] if a.sovereign == Some(b.alpha3) => {
            (StateMatch::Found(a), MatchMethod::TerritoryWithSovereign)
        }
        [a, b] if b.sovereign == Some(a.alpha3) => {
            (StateMatch::Found(b), MatchMethod::TerritoryWithSovereign)
        }
        _ => (found_or_ambiguous(states.clone()), MatchMethod::Contained),
    };
    let entry = &INDEX.entries[first.entries[0]];
    Some(StateResolution {
        outcome,
        method,
        matched_name: Some(entry.name),
        source: Some(entry.source),
        candidates: states,
        former: None,
    })
}

/// Shortest abbreviation read as the beginning of a word ("Rép." is expanded, not read so).
const MIN_ABBREVIATION: usize = 3;

/// A name whose words the text's words are, the abbreviated ones ("Herzeg.") as beginnings.
fn abbreviation_match(name: &str) -> Option<StateResolution> {
    let written = written_words(name);
    if !written
        .iter()
        .any(|w| w.abbreviated && w.text.chars().count() >= MIN_ABBREVIATION)
    {
        return None;
    }
    let matching: Vec<usize> = INDEX
        .entries
        .iter()
        .enumerate()
        .filter(|(_, entry)| abbreviates(&written, &entry.written))
        .map(|(i, _)| i)
        .collect();
    let first = *matching.first()?;
    let targets: Vec<Target> = {
        let mut t: Vec<Target> = matching.iter().map(|&e| INDEX.entries[e].target).collect();
        t.sort_unstable();
        t.dedup();
        t
    };
    if let [Target::Former(_)] = targets.as_slice() {
        return Some(from_entries(&[first], Some(MatchMethod::Abbreviation)));
    }
    let states: Vec<usize> = matching
        .into_iter()
        .filter(|&e| INDEX.entries[e].state().is_some())
        .collect();
    (!states.is_empty()).then(|| from_entries(&states, Some(MatchMethod::Abbreviation)))
}

/// Whether the written words `text` are the words of `name`, in any order, each abbreviated word
/// of the text the beginning of a word of the name and every other word equal to one.
fn abbreviates(text: &[Word], name: &[String]) -> bool {
    if text.len() != name.len() {
        return false;
    }
    let mut used = vec![false; name.len()];
    assign(text, name, &mut used)
}

/// Gives each word of `text` a distinct word of `name` (backtracking; names are short).
fn assign(text: &[Word], name: &[String], used: &mut [bool]) -> bool {
    let Some((word, rest)) = text.split_first() else {
        return true;
    };
    for (i, candidate) in name.iter().enumerate() {
        let fits = if word.abbreviated && word.text.chars().count() >= MIN_ABBREVIATION {
            candidate.starts_with(&word.text)
        } else {
            *candidate == word.text
        };
        if fits && !used[i] {
            used[i] = true;
            if assign(rest, name, used) {
                return true;
            }
            used[i] = false;
        }
    }
    false
}

/// How close a misspelling must be to a name, as normalised Damerau–Levenshtein similarity.
const CLOSEST_THRESHOLD: f64 = 0.75;

fn closest_state(name: &str) -> Option<&'static State> {
    let folded = fold(name);
    if folded.chars().count() < 3 {
        return None;
    }
    let length = folded.chars().count();
    let mut best: Option<(f64, &'static State)> = None;
    for entry in &INDEX.entries {
        let Some(state) = entry.state() else {
            continue;
        };
        // The distance is at least the difference of the lengths, which bounds the score
        // from above: most names cannot reach the threshold or the best so far.
        let longer = length.max(entry.folded_length);
        let bound = 1.0 - length.abs_diff(entry.folded_length) as f64 / longer as f64;
        if bound < CLOSEST_THRESHOLD || best.is_some_and(|(b, _)| bound <= b) {
            continue;
        }
        let score = strsim::normalized_damerau_levenshtein(&folded, &entry.folded);
        if score >= CLOSEST_THRESHOLD && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, state));
        }
    }
    best.map(|(_, state)| state)
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
            "sovereign",
        ],
        11,
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
        sovereign: (!r[10].is_empty()).then_some(r[10]),
    })
    .collect()
});

/// What a name of the index names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Target {
    /// The State at this position of [`STATES`].
    State(usize),
    /// The former entity at this position of [`former_entities`].
    Former(usize),
}

/// A name or alias of a State or former entity, prepared for matching.
struct Entry {
    /// The name as the table writes it.
    name: &'static str,
    /// Which table it comes from.
    source: NameSource,
    /// Its words, as [`name_words`] gives them, sorted, without duplicates.
    words: Vec<String>,
    /// Its words as [`written_words`] gives them (nothing expanded), for abbreviations.
    written: Vec<String>,
    /// The words that identify each part of a compound name ("Bosnia", "Herzegovina"): its
    /// words without generic ones.
    distinctive: Vec<Vec<String>>,
    /// Its [`fold`], for the edit distance.
    folded: String,
    /// The number of characters of `folded`.
    folded_length: usize,
    target: Target,
}

impl Entry {
    fn state(&self) -> Option<&'static State> {
        match self.target {
            Target::State(i) => Some(&STATES[i]),
            Target::Former(_) => None,
        }
    }

    /// Whether `words` (a part of this name) hold every distinctive word of one of its parts.
    fn identified_by(&self, words: &[Word]) -> bool {
        self.distinctive
            .iter()
            .any(|part| !part.is_empty() && part.iter().all(|d| words.iter().any(|w| w.text == *d)))
    }
}

struct Index {
    /// Each code's slot ([`code_slot`]) → 1 + the State's position in `STATES`, or 0.
    by_code: Vec<u16>,
    /// Name key → the entries with that key.
    exact: FxHashMap<String, Vec<usize>>,
    entries: Vec<Entry>,
    /// The largest number of words in a name.
    longest_name: usize,
}

impl Index {
    fn add(&mut self, name: &'static str, source: NameSource, target: Target) {
        let words = name_words(name);
        assert!(!words.is_empty(), "State name {name:?} has no words");
        let key = bag_key(words.iter().map(|w| w.text.as_str()));
        let at = self.entries.len();
        let ids = self.exact.entry(key.clone()).or_default();
        if let Some(&other) = ids.first() {
            let other = &self.entries[other];
            assert!(
                matches!((other.target, target), (Target::State(_), Target::State(_)))
                    || other.target == target,
                "{name:?} names a former entity and another entry"
            );
        }
        ids.push(at);
        self.longest_name = self.longest_name.max(words.len());
        let distinctive = split_components(name)
            .iter()
            .map(|part| {
                name_words(part)
                    .into_iter()
                    .map(|w| w.text)
                    .filter(|w| !is_generic(w))
                    .collect()
            })
            .collect();
        let folded = fold(name);
        self.entries.push(Entry {
            name,
            source,
            words: key.split(' ').map(str::to_owned).collect(),
            written: written_words(name).into_iter().map(|w| w.text).collect(),
            distinctive,
            folded_length: folded.chars().count(),
            folded,
            target,
        });
    }
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let states: &'static [State] = &STATES;
    let mut index = Index {
        by_code: vec![0; CODE_SLOTS],
        exact: FxHashMap::default(),
        entries: Vec::new(),
        longest_name: 0,
    };
    let position: FxHashMap<&str, usize> = states
        .iter()
        .enumerate()
        .map(|(i, s)| (s.alpha3, i))
        .collect();
    let state_of = |file: &str, code: &str| {
        *position
            .get(code)
            .unwrap_or_else(|| panic!("{file}: unknown code {code:?}"))
    };
    for (i, s) in states.iter().enumerate() {
        for code in [s.alpha3, s.alpha2] {
            let slot = code_slot(code.as_bytes())
                .unwrap_or_else(|| panic!("states.tsv: code {code:?} is not 2 or 3 capitals"));
            assert!(
                index.by_code[slot] == 0,
                "states.tsv: code {code} used twice"
            );
            index.by_code[slot] = u16::try_from(i + 1).expect("states.tsv: fewer than 65,535 rows");
        }
        if let Some(sovereign) = s.sovereign {
            state_of("states.tsv", sovereign);
        }
        for lang in Lang::ALL {
            let source = NameSource::UnName(lang);
            index.add(s.short_name(lang), source, Target::State(i));
            index.add(s.formal_name(lang), source, Target::State(i));
        }
    }
    let aliases = parse_tsv(
        "state-aliases.tsv",
        include_str!("../../data/state-aliases.tsv"),
        &["alpha3", "alias"],
        2,
    );
    for row in aliases {
        let state = state_of("state-aliases.tsv", row[0]);
        index.add(row[1], NameSource::Alias, Target::State(state));
    }
    let cldr = parse_tsv(
        "state-aliases-cldr.tsv",
        include_str!("../../data/state-aliases-cldr.tsv"),
        &["alpha3", "lang", "alias"],
        3,
    );
    for row in cldr {
        let state = state_of("state-aliases-cldr.tsv", row[0]);
        index.add(row[2], NameSource::Cldr(row[1]), Target::State(state));
    }
    for (f, former) in former_entities().iter().enumerate() {
        for name in former.names() {
            index.add(name, NameSource::Former, Target::Former(f));
        }
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

    #[test]
    fn every_territory_has_its_sovereign_unless_it_has_none() {
        for state in all_states() {
            let sovereign = state.sovereign();
            match state.status {
                StateStatus::Member | StateStatus::Observer => assert!(sovereign.is_none()),
                StateStatus::Territory if state.alpha3 != "ESH" => {
                    let sovereign = sovereign.unwrap_or_else(|| panic!("{}", state.alpha3));
                    assert_eq!(sovereign.status, StateStatus::Member, "{}", state.alpha3);
                }
                _ => {}
            }
        }
    }

    #[test]
    fn abbreviations_are_beginnings_of_words() {
        let written = |t: &str| written_words(t);
        let name =
            |t: &str| -> Vec<String> { written_words(t).into_iter().map(|w| w.text).collect() };
        assert!(abbreviates(
            &written("Bosnien und Herzeg."),
            &name("Bosnien und Herzegowina")
        ));
        assert!(abbreviates(
            &written("Polynesien, Franz."),
            &name("Französisch-Polynesien")
        ));
        assert!(!abbreviates(
            &written("Bosnien"),
            &name("Bosnien und Herzegowina")
        ));
        assert!(!abbreviates(
            &written("Bo. Herzegowina"),
            &name("Bosnien und Herzegowina")
        ));
    }
}
