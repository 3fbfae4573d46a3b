//! Share links: a plan travels in the URL fragment (never sent to a server)
//! as its file text, compressed by the browser (deflate-raw) and written in
//! base64url, behind `#/share/p/` (the whole plan) or `#/share/s/` (a
//! summary small enough for a chat: goals, phases, milestones, budget lines
//! and KPI targets). A plan sent to one person ("发给负责人") carries who
//! it is for after a dot: `#/share/p/<plan>.<person>`. Because the text is the versioned file, an old link
//! opens through the same migrations and checks as an old file. This module
//! knows the fragment's shape, base64url and the summary; the compression
//! itself is the browser's. Must not know the user's language.

use crate::model::monitor::data::Kpi;
use crate::model::plan::Plan;
use crate::model::schedule::data::Person;
use crate::model::schedule::data::Status;
use crate::model::schedule::data::WorkItem;
use crate::model::strategy::data::Goal;

/// A link up to this many characters is safe in chat apps.
pub const SHORT_LINK: usize = 2000;
/// Up to this many, the link is also offered as a QR code.
pub const QR_LINK: usize = 1024;
/// Beyond this, only the file is offered.
pub const MAX_LINK: usize = 32_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    Plan,
    Summary,
    /// An owner's update sent back (`io::update`).
    Update,
}

impl LinkKind {
    fn tag(self) -> &'static str {
        match self {
            LinkKind::Plan => "p",
            LinkKind::Summary => "s",
            LinkKind::Update => "u",
        }
    }
}

/// How a link of `len` characters may travel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkSize {
    /// Short enough for a chat, and for a QR code.
    Qr,
    Short,
    /// Some chat apps cut it: the file is offered too.
    Long,
    /// The file only.
    TooLong,
}

pub fn link_size(len: usize) -> LinkSize {
    match len {
        n if n <= QR_LINK => LinkSize::Qr,
        n if n <= SHORT_LINK => LinkSize::Short,
        n if n <= MAX_LINK => LinkSize::Long,
        _ => LinkSize::TooLong,
    }
}

/// The fragment for compressed bytes.
pub fn fragment(kind: LinkKind, compressed: &[u8]) -> String {
    format!("#/share/{}/{}", kind.tag(), b64url_encode(compressed))
}

/// The fragment of a whole plan sent to one person.
pub fn fragment_for(compressed: &[u8], person: &str) -> String {
    format!("{}.{}", fragment(LinkKind::Plan, compressed), b64url_encode(person.as_bytes()))
}

/// The longest person id a link may name (ids are short; a longer one is
/// not ours).
const MAX_PERSON: usize = 64;

/// Who a plan link is for, when it was made for one person.
pub fn link_person(hash: &str) -> Option<String> {
    let (_, person) = hash.rsplit_once('.')?;
    let bytes = b64url_decode(person).filter(|b| !b.is_empty() && b.len() <= MAX_PERSON)?;
    String::from_utf8(bytes).ok()
}

/// The kind and compressed bytes of a share fragment; `None` for any other
/// address, or for one whose data is not base64url.
pub fn parse_fragment(hash: &str) -> Option<(LinkKind, Vec<u8>)> {
    let rest = hash.trim_start_matches('#').trim_start_matches('/').strip_prefix("share/")?;
    let (tag, data) = rest.split_once('/')?;
    let data = data.split_once('.').map_or(data, |(d, _)| d);
    let kind = match tag {
        "p" => LinkKind::Plan,
        "s" => LinkKind::Summary,
        "u" => LinkKind::Update,
        _ => return None,
    };
    Some((kind, b64url_decode(data)?))
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (RFC 4648 §5).
pub fn b64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | (*b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// Decodes base64url (padding and line breaks tolerated); `None` for any
/// other character or an impossible length.
pub fn b64url_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut n, mut bits) = (0u32, 0u32);
    for c in s.bytes().filter(|c| !matches!(c, b'=' | b'\n' | b'\r')) {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        n = n << 6 | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((n >> bits & 0xff) as u8);
        }
    }
    (bits < 6).then_some(out)
}

/// What a chat needs of a plan: its name, dates and total budget, phases,
/// goals (statement, target, deadline, owner), milestones and KPI targets,
/// and the people those name; nothing else (no other work item, actuals,
/// notes, budget lines or retrospective). The result is a valid plan: what
/// it drops, nothing kept refers to.
pub fn summary_plan(p: &Plan) -> Plan {
    let mut s = Plan::blank(p.id.clone(), &p.name, p.start);
    s.scenario = p.scenario;
    s.end = p.end;
    s.currency = p.currency.clone();
    s.total_budget = p.total_budget;
    s.status = p.status;
    s.phases = p.phases.clone();
    s.calendar.days_off = p.calendar.days_off.clone();
    s.work_items = p
        .work_items
        .iter()
        .filter(|w| w.milestone)
        .map(|w| {
            let mut m = WorkItem::new(w.id.clone(), w.title.clone(), w.level, w.start, w.end);
            m.milestone = true;
            m.phase = w.phase.clone();
            m.owner = w.owner.clone();
            m.status = if w.status == Status::Exception { Status::InProgress } else { w.status };
            m.progress = w.progress;
            m
        })
        .collect();
    // Goals keep what a chat reads: the statement, the number and when.
    s.strategy.goals = p
        .strategy
        .goals
        .iter()
        .map(|g| {
            let mut x = Goal::new(g.id.clone(), g.parent.clone(), g.dimension, g.statement.clone());
            (x.metric, x.unit, x.target, x.deadline, x.owner, x.priority) =
                (g.metric.clone(), g.unit.clone(), g.target, g.deadline, g.owner.clone(), g.priority);
            x
        })
        .collect();
    // The KPIs that measure a goal or the whole campaign (not each channel's
    // own), the ones a boss asks about.
    s.kpis = p
        .kpis
        .iter()
        .filter(|k| k.goal.is_some() || k.channel.is_empty())
        .map(|k| {
            let mut x = Kpi::new(k.id.clone(), k.name.clone());
            (x.kind, x.unit, x.direction, x.aggregate, x.period, x.target, x.channel) =
                (k.kind, k.unit.clone(), k.direction, k.aggregate, k.period, k.target, k.channel.clone());
            x
        })
        .collect();
    // Only the people the kept entries name.
    let named: std::collections::HashSet<&str> = s
        .work_items
        .iter()
        .filter_map(|w| w.owner.as_deref())
        .chain(s.strategy.goals.iter().filter_map(|g| g.owner.as_deref()))
        .collect();
    s.people = p
        .people
        .iter()
        .filter(|x| named.contains(x.id.as_str()))
        .map(|x| Person { id: x.id.clone(), name: x.name.clone(), role: String::new(), department: String::new() })
        .collect();
    s
}
