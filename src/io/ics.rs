//! The plan's work items as an iCalendar file (RFC 5545), written by hand:
//! tasks are all-day events whose end date is exclusive, milestones
//! single-day transparent events; each UID is stable per plan and item, so
//! importing the file again updates the events instead of adding copies.
//! Text is escaped and lines folded at 75 octets without splitting a UTF-8
//! character. Must not know the user's language: the caller passes the words.

use crate::model::base::day::Day;
use crate::model::plan::Plan;
use crate::model::schedule::analysis::analyse;
use crate::model::schedule::data::Status;

/// The words the descriptions are written in.
pub struct IcsLabels<'a> {
    pub owner: &'a str,
    pub status: &'a str,
    pub channel: &'a str,
    pub phase: &'a str,
    pub milestone: &'a str,
    pub status_name: &'a dyn Fn(Status) -> String,
}

/// TEXT values escape backslash, semicolon, comma and line breaks (3.3.11).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded so no physical line exceeds 75 octets (3.1):
/// the continuation lines start with a space, which counts toward them.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}

fn date(d: Day) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// A UID part: ids are the user's, so anything outside a safe set is
/// percent-encoded (stable, and never breaks the line's syntax).
fn uid_part(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.' {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The calendar: one event per work item that is not a summary of others.
/// `stamp` is the day the file is made (DTSTAMP).
pub fn plan_ics(plan: &Plan, l: &IcsLabels, stamp: Day) -> String {
    let a = analyse(plan);
    let mut out = String::new();
    let mut line = |s: String| out.push_str(&fold(&s));
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//Campaign Planner//Campaign Planner//EN".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line(format!("X-WR-CALNAME:{}", escape(&plan.name)));
    for (w, r) in plan.work_items.iter().zip(&a.rows).filter(|(_, r)| !r.summary) {
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}.{}@campaign-planner", uid_part(&w.id), uid_part(&plan.id)));
        line(format!("DTSTAMP:{}T000000Z", date(stamp)));
        let end = if w.milestone { r.start.add_days(1) } else { r.end.add_days(1) };
        line(format!("DTSTART;VALUE=DATE:{}", date(r.start)));
        line(format!("DTEND;VALUE=DATE:{}", date(end)));
        let title = if w.milestone { format!("◆ {}", w.title) } else { w.title.clone() };
        line(format!("SUMMARY:{}", escape(&title)));
        let mut desc = vec![];
        if let Some(p) = w.owner.as_deref().and_then(|id| plan.person(id)) {
            desc.push(format!("{}: {}", l.owner, p.name));
        }
        desc.push(format!("{}: {}", l.status, (l.status_name)(r.status)));
        if !w.channel.is_empty() {
            desc.push(format!("{}: {}", l.channel, w.channel));
        }
        if let Some(p) = w.phase.as_deref().and_then(|id| plan.phase(id)) {
            desc.push(format!("{}: {}", l.phase, p.name));
        }
        if w.milestone {
            desc.push(l.milestone.to_string());
        }
        line(format!("DESCRIPTION:{}", escape(&desc.join("\n"))));
        if !w.channel.is_empty() {
            line(format!("CATEGORIES:{}", escape(&w.channel)));
        }
        if w.milestone {
            line("TRANSP:TRANSPARENT".into());
        }
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

/// The file name: the plan's name made safe, `.ics`.
pub fn ics_file_name(plan: &Plan) -> String {
    let base = super::export_file_name(plan);
    format!("{}.ics", base.trim_end_matches(".campaign.json"))
}
