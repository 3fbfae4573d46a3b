//! The plan file format: the envelope, its version and migrations, and turning
//! bad input into precise problems. The only code that knows the format; used
//! for exported files and for what `storage` keeps. Must not know about the
//! browser or the UI (problems are data; `i18n` words them).

pub mod csv;
pub mod ics;
pub mod knowledge;
pub mod migrate;
pub mod path;
pub mod share;
pub mod sheet;
pub mod table;
pub mod update;
pub mod xlsx;

use crate::model::base::fault::Problem;
use crate::model::check::repair::Repair;
use crate::model::check::validate::validate;
use crate::model::plan::Plan;
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const FORMAT_NAME: &str = "campaign-planner";
/// The current version. Raising it needs a step in `migrate` and a fixture.
pub const FORMAT_VERSION: u32 = 11;
/// Files above this are refused before parsing.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// A stored entry is the file as `export_plan` writes it plus its revision
/// (`"revision":18446744073709551615,` is 33 bytes): whatever import accepts,
/// storage reads back.
pub const MAX_STORED_BYTES: usize = MAX_FILE_BYTES + 64;
pub const FILE_SUFFIX: &str = ".campaign.json";

/// Why a file or stored entry could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    /// Not JSON at all; 1-based line and column.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON nested deeper than any file of ours (serde_json stops at 128
    /// levels, before the stack could): where it went too deep.
    TooDeep {
        line: usize,
        column: usize,
    },
    NotAPlanFile,
    /// Not a knowledge base file (a plan given to the knowledge base's import, or anything else).
    NotKnowledgeFile,
    /// Not an owner's update (a plan or anything else given where an update is read).
    NotAnUpdate,
    NewerVersion {
        version: u64,
    },
    BadVersion,
    /// The JSON has the wrong shape at `path`.
    Shape {
        path: String,
        detail: ShapeDetail,
    },
    /// The plan parsed but breaks the model's rules.
    Invalid(Vec<Problem>),
}

/// A shape error, classified so it can be worded in either language; `Other`
/// keeps serde's own text when we cannot classify it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShapeDetail {
    MissingField(String),
    InvalidDate(String),
    InvalidAmount(String),
    UnknownValue { found: String, expected: Vec<String> },
    WrongType { found: String, expected: String },
    Other(String),
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'a str,
    version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    revision: Option<u64>,
    plan: &'a Plan,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    #[serde(default)]
    revision: Option<u64>,
    plan: Plan,
}

/// The file a user downloads: compact, so a plan of 100,000 items still
/// fits under `MAX_FILE_BYTES` and opens again.
pub fn export_plan(plan: &Plan) -> String {
    serde_json::to_string(&EnvelopeOut { format: FORMAT_NAME, version: FORMAT_VERSION, revision: None, plan })
        .expect("a plan always serialises")
}

/// The same file indented for reading by eye (on request: Shift+Export),
/// laid out as serde_json's pretty printer does. Indents the compact text
/// rather than serialising the plan a second way, which would double the
/// serialisation code in the bundle.
pub fn export_plan_pretty(plan: &Plan) -> String {
    indent(&export_plan(plan))
}

/// Indents compact JSON by two spaces per level, keys in their order.
pub fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n(' ', depth * 2));
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if matches!(chars.peek(), Some('}' | ']')) {
                    out.push(chars.next().unwrap_or(c));
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c => out.push(c),
        }
    }
    out
}

/// A file name from the plan's name, keeping Chinese, dropping characters
/// that file systems refuse.
pub fn export_file_name(plan: &Plan) -> String {
    let clean: String =
        plan.name.chars().map(|c| if "/\\:*?\"<>|".contains(c) || c.is_control() { '_' } else { c }).collect();
    let clean = clean.trim();
    format!("{}{}", if clean.is_empty() { "plan" } else { clean }, FILE_SUFFIX)
}

/// Reads a plan file strictly: a plan that breaks a rule is refused with
/// every problem. On error nothing is returned, so nothing can change.
pub fn import_plan(text: &str) -> Result<Plan, ImportError> {
    decode(text, false, MAX_FILE_BYTES).and_then(storable).map(|(plan, _, _)| plan)
}

/// A file is taken only if the plan, written as this app writes it, still
/// fits: a file that leaves out defaults or writes amounts as bare numbers
/// grows when written back, and must not make an entry storage refuses.
/// How long `value` is as compact JSON. Written through the same
/// `to_string` as export, not a counting writer: a second writer type made
/// the compiler copy the whole plan's serialiser (tens of KB of bundle) to
/// save one short-lived string.
pub(crate) fn written_len<T: Serialize>(value: &T) -> usize {
    serde_json::to_string(value).map_or(0, |s| s.len())
}

fn storable<T>((plan, rev, repairs): (Plan, T, Vec<Repair>)) -> Result<(Plan, T, Vec<Repair>), ImportError> {
    let bytes = written_len(&EnvelopeOut { format: FORMAT_NAME, version: FORMAT_VERSION, revision: None, plan: &plan });
    if bytes > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes });
    }
    Ok((plan, rev, repairs))
}

/// Reads a plan file, mending what breaks the model's rules (references to
/// nothing, duplicate ids, values out of range, loops) and listing each mend
/// with its path, so the caller can ask before accepting. Structural faults
/// (not JSON, wrong types) are still refused with their path.
pub fn import_repairing(text: &str) -> Result<(Plan, Vec<Repair>), ImportError> {
    decode(text, true, MAX_FILE_BYTES).and_then(storable).map(|(plan, _, repairs)| (plan, repairs))
}

/// What `storage` keeps per plan: the file plus a revision number that lets
/// two tabs notice each other's saves.
pub fn encode_stored(plan: &Plan, revision: u64) -> String {
    serde_json::to_string(&EnvelopeOut { format: FORMAT_NAME, version: FORMAT_VERSION, revision: Some(revision), plan })
        .expect("a plan always serialises")
}

/// A plan's card as it is kept beside the plan (plain JSON: a cache of the
/// plan, rebuilt from it whenever it cannot be read).
pub fn encode_card(card: &crate::model::knowledge::card::Card) -> String {
    serde_json::to_string(card).expect("a card always serialises")
}

/// A stored card; None when it cannot be read (then it is made again from its plan).
pub fn decode_card(text: &str) -> Option<crate::model::knowledge::card::Card> {
    serde_json::from_str(text).ok()
}

/// Reads a stored entry, mending it as `import_repairing` does: a stored
/// plan is never hidden for a rule it breaks.
pub fn decode_stored(text: &str) -> Result<(Plan, u64, Vec<Repair>), ImportError> {
    decode(text, true, MAX_STORED_BYTES).map(|(plan, rev, repairs)| (plan, rev.unwrap_or(0), repairs))
}

/// The plan's name in a text that may not be a readable plan (for listing
/// what was set aside). None when no name can be found.
pub fn peek_plan_name(text: &str) -> Option<String> {
    if text.len() > MAX_FILE_BYTES {
        return None;
    }
    let v: Value = serde_json::from_str(text).ok()?;
    v.get("plan")?.get("name")?.as_str().map(|s| s.chars().take(80).collect())
}

/// The revision of a stored entry without reading the whole plan (cheap check
/// before a save). None when it cannot be read.
pub fn stored_revision(text: &str) -> Option<u64> {
    // The revision is written before the plan, so it is near the start.
    let mut end = text.len().min(200);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let at = head.find("\"revision\":")? + "\"revision\":".len();
    let digits: String = head[at..].trim_start().chars().take_while(|c| c.is_ascii_digit()).collect();
    digits.parse().ok()
}

/// Checks size, JSON, format name and version of a file of `format` at
/// `current`; returns the JSON and its version (≤ current, ≥ 1).
pub(crate) fn envelope(
    text: &str,
    format: &str,
    current: u32,
    not_it: ImportError,
    limit: usize,
) -> Result<(Value, u32), ImportError> {
    if text.len() > limit {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| {
        if e.to_string().starts_with("recursion limit exceeded") {
            ImportError::TooDeep { line: e.line(), column: e.column() }
        } else {
            ImportError::Syntax { line: e.line(), column: e.column(), message: e.to_string() }
        }
    })?;
    let obj = value.as_object().ok_or(not_it.clone())?;
    if obj.get("format").and_then(Value::as_str) != Some(format) {
        return Err(not_it);
    }
    let version = obj.get("version").and_then(Value::as_u64).ok_or(ImportError::BadVersion)?;
    if version > current as u64 {
        return Err(ImportError::NewerVersion { version });
    }
    if version == 0 {
        return Err(ImportError::BadVersion);
    }
    Ok((value, version as u32))
}

/// Reads a file's text into `T` (the text as given when no migration
/// changed it, else the migrated JSON written out), a shape error naming
/// its path.
pub(crate) fn shaped<T: serde::de::DeserializeOwned>(text: &str, migrated: Option<&Value>) -> Result<T, ImportError> {
    let owned;
    let text = match migrated {
        Some(v) => {
            owned = serde_json::to_string(v).unwrap_or_default();
            owned.as_str()
        }
        None => text.strip_prefix('\u{feff}').unwrap_or(text),
    };
    serde_json::from_str(text).map_err(|e| {
        let detail = classify(&e.to_string());
        // A missing field or a wrong length is the container's fault; any
        // other error is the member read last, even where serde_json has
        // already reached the closing brace after it.
        let whole = match &detail {
            ShapeDetail::MissingField(_) => true,
            ShapeDetail::Other(m) => m.starts_with("invalid length"),
            _ => false,
        };
        ImportError::Shape { path: path::path_at(text, e.line(), e.column(), whole), detail }
    })
}

fn decode(text: &str, mend: bool, limit: usize) -> Result<(Plan, Option<u64>, Vec<Repair>), ImportError> {
    let (value, version) = envelope(text, FORMAT_NAME, FORMAT_VERSION, ImportError::NotAPlanFile, limit)?;
    let env: EnvelopeIn = if version == FORMAT_VERSION {
        shaped(text, None)?
    } else {
        shaped(text, Some(&migrate::migrate(value, version)))?
    };
    let in_file = |problems: Vec<Problem>| {
        ImportError::Invalid(
            problems.into_iter().map(|p| Problem { path: format!("plan.{}", p.path), kind: p.kind }).collect(),
        )
    };
    if mend {
        let (plan, repairs) = crate::model::check::repair::repaired(env.plan).map_err(in_file)?;
        let repairs = repairs.into_iter().map(|r| Repair { path: format!("plan.{}", r.path), ..r }).collect();
        return Ok((plan, env.revision, repairs));
    }
    let problems = validate(&env.plan);
    if !problems.is_empty() {
        return Err(in_file(problems));
    }
    Ok((env.plan, env.revision, vec![]))
}

fn between<'a>(s: &'a str, a: &str, b: &str) -> Option<&'a str> {
    let i = s.find(a)? + a.len();
    let j = s[i..].find(b)? + i;
    Some(&s[i..j])
}

/// Sorts serde's message into a kind we can translate.
fn classify(msg: &str) -> ShapeDetail {
    // Drop serde_json's " at line X column Y" suffix: the path says where.
    let msg = match msg.find(" at line ") {
        Some(i) => &msg[..i],
        None => msg,
    };
    if let Some(f) = between(msg, "missing field `", "`") {
        return ShapeDetail::MissingField(f.to_string());
    }
    if let Some(d) = between(msg, "invalid date \"", "\"") {
        return ShapeDetail::InvalidDate(d.to_string());
    }
    if let Some(d) = msg.strip_prefix("invalid amount ") {
        return ShapeDetail::InvalidAmount(d.trim_matches('"').to_string());
    }
    if let Some(found) = between(msg, "unknown variant `", "`") {
        let expected = msg
            .split("expected ")
            .nth(1)
            .unwrap_or("")
            .split(['`', ',', ' '])
            .filter(|s| !s.is_empty() && *s != "one" && *s != "of" && *s != "or")
            .map(str::to_string)
            .collect();
        return ShapeDetail::UnknownValue { found: found.to_string(), expected };
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return ShapeDetail::WrongType { found: found.to_string(), expected: expected.to_string() };
        }
    }
    if let Some(rest) = msg.strip_prefix("invalid value: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return ShapeDetail::WrongType { found: found.to_string(), expected: expected.to_string() };
        }
    }
    ShapeDetail::Other(msg.to_string())
}
