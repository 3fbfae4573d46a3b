//! What the preview of a plan opened from a share link says, line by line,
//! in the user's language: built once here and drawn twice, by the app's
//! preview (`ui::share::SharedPreview`) and by the first look a colleague's
//! phone shows before the app has arrived (`ui::first_look`), so the two
//! can never read differently. Plain Rust; knows no browser.

use crate::i18n::team;
use crate::i18n::{fill, fmt_date, fmt_money, fmt_range, Locale};
use crate::io::share::LinkKind;
use crate::model::base::id::Id;
use crate::model::plan::Plan;

/// The preview's lines, ready to show as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    pub title: &'static str,
    /// Only for a summary link: what it holds, read-only.
    pub summary_note: Option<&'static str>,
    /// "这是发给 陈静 的计划", for a link made for one person.
    pub for_person: Option<String>,
    pub name: String,
    /// Dates and total budget.
    pub line: String,
    pub goals_heading: &'static str,
    pub goals: Vec<String>,
    pub phases_heading: &'static str,
    pub phases: Vec<String>,
    pub milestones: Vec<String>,
    /// The buttons, none for a summary link (read-only).
    pub buttons: Vec<PreviewButton>,
    pub close: &'static str,
}

/// What a preview button does, and its label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewButton {
    pub action: PreviewAction,
    pub label: String,
    pub primary: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PreviewAction {
    /// "我是 陈静": save the plan and open 我的工作 as this person.
    IAm(Id),
    /// Save (or update) a copy.
    Save,
}

/// The close button's `data-action`, in the app's preview and the first
/// look alike (a first look closed stays closed when the app arrives).
pub const CLOSE_ACTION: &str = "close-shared";

impl PreviewAction {
    /// The button's `data-action`, which tests and the first look's hand-over use.
    pub fn name(&self) -> &'static str {
        match self {
            PreviewAction::IAm(_) => "i-am",
            PreviewAction::Save => "save-shared",
        }
    }
}

/// The preview of `plan` from a link of `kind`, made for `person` when
/// `Some`; `again` when this browser received the plan from a link before
/// (then saving updates that copy).
pub fn preview(l: Locale, plan: &Plan, kind: LinkKind, person: Option<&Id>, again: bool) -> Preview {
    let t = l.texts();
    let team = team::texts(l);
    let summary = kind == LinkKind::Summary;
    let named = person.and_then(|x| plan.person(x));
    let buttons = match (summary, named) {
        (true, _) => Vec::new(),
        (false, Some(p)) => vec![
            PreviewButton {
                action: PreviewAction::IAm(p.id.clone()),
                label: fill(team.i_am_person, "name", &p.name),
                primary: true,
            },
            PreviewButton { action: PreviewAction::Save, label: team.not_me.to_string(), primary: false },
        ],
        (false, None) => vec![PreviewButton {
            action: PreviewAction::Save,
            label: if again { team.update_copy } else { t.save_copy }.to_string(),
            primary: true,
        }],
    };
    Preview {
        title: t.shared_title,
        summary_note: summary.then_some(t.shared_summary),
        for_person: named.map(|p| fill(team.for_person, "name", &p.name)),
        name: plan.name.clone(),
        line: format!(
            "{} · {}",
            fmt_range(l, plan.start, plan.end),
            fill(t.shared_budget, "money", &fmt_money(l, plan.total_budget, &plan.currency))
        ),
        goals_heading: t.shared_goals,
        goals: plan.strategy.goals.iter().map(|g| g.statement.clone()).collect(),
        phases_heading: t.shared_phases,
        phases: plan.phases.iter().map(|x| format!("{} · {}", x.name, fmt_range(l, x.start, x.end))).collect(),
        milestones: plan
            .work_items
            .iter()
            .filter(|w| w.milestone)
            .map(|w| format!("◆ {} · {}", w.title, fmt_date(l, w.start)))
            .collect(),
        buttons,
        close: t.close,
    }
}
