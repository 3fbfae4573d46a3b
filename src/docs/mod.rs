//! The documents the templates ask for at the end of every stage (活动目标确认单,
//! 执行跟踪表, 周报 …), generated from the plan in the user's language: each is
//! a `Doc` of plain blocks (headings, facts, tables, lists, signature lines,
//! a printable Gantt chart), built once and rendered three ways — on screen
//! and on A4 by the UI, as plain text or Markdown for a chat (`text`), and
//! each table as CSV (`text::table_csv`). Plain Rust, tested natively; must
//! not know about the browser, and never edits the plan.

pub mod build;
pub mod gantt;
pub mod period;
pub mod preview;
pub mod text;

use crate::model::base::day::Day;

/// Every document, in the order of the stages that produce them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocKind {
    Goals,
    Insight,
    Personas,
    Strategy,
    Gantt,
    Raci,
    Resources,
    Budget,
    Risks,
    Tracking,
    Weekly,
    Monthly,
    Daily,
    Midterm,
    Evaluation,
    Retro,
}

/// The stage a document closes, for grouping the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stage {
    Insight,
    Goals,
    Strategy,
    Schedule,
    Execution,
    Close,
}

impl DocKind {
    pub const ALL: [DocKind; 16] = [
        DocKind::Insight,
        DocKind::Personas,
        DocKind::Goals,
        DocKind::Strategy,
        DocKind::Gantt,
        DocKind::Raci,
        DocKind::Resources,
        DocKind::Budget,
        DocKind::Risks,
        DocKind::Tracking,
        DocKind::Weekly,
        DocKind::Monthly,
        DocKind::Daily,
        DocKind::Midterm,
        DocKind::Evaluation,
        DocKind::Retro,
    ];
    /// The name in addresses and file names.
    pub fn slug(self) -> &'static str {
        match self {
            DocKind::Goals => "goals",
            DocKind::Insight => "insight",
            DocKind::Personas => "personas",
            DocKind::Strategy => "strategy",
            DocKind::Gantt => "gantt",
            DocKind::Raci => "raci",
            DocKind::Resources => "resources",
            DocKind::Budget => "budget",
            DocKind::Risks => "risks",
            DocKind::Tracking => "tracking",
            DocKind::Weekly => "weekly",
            DocKind::Monthly => "monthly",
            DocKind::Daily => "daily",
            DocKind::Midterm => "midterm",
            DocKind::Evaluation => "evaluation",
            DocKind::Retro => "retro",
        }
    }
    pub fn from_slug(s: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|k| k.slug() == s)
    }
    pub fn stage(self) -> Stage {
        match self {
            DocKind::Insight | DocKind::Personas => Stage::Insight,
            DocKind::Goals => Stage::Goals,
            DocKind::Strategy => Stage::Strategy,
            DocKind::Gantt | DocKind::Raci | DocKind::Resources | DocKind::Budget | DocKind::Risks => Stage::Schedule,
            DocKind::Tracking | DocKind::Weekly | DocKind::Monthly | DocKind::Daily | DocKind::Midterm => {
                Stage::Execution
            }
            DocKind::Evaluation | DocKind::Retro => Stage::Close,
        }
    }
    /// Whether the document covers a chosen period (a week, month or day).
    pub fn periodic(self) -> bool {
        matches!(self, DocKind::Weekly | DocKind::Monthly | DocKind::Daily)
    }
    /// Printed on landscape pages.
    pub fn landscape(self) -> bool {
        matches!(
            self,
            DocKind::Gantt | DocKind::Tracking | DocKind::Raci | DocKind::Risks | DocKind::Budget | DocKind::Goals
        )
    }
}

/// How a cell or fact reads beside its words: a traffic light, done, or
/// quiet. The words always say it too, so black-and-white print and a chat
/// lose nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tone {
    #[default]
    Plain,
    Green,
    Yellow,
    Red,
    Muted,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cell {
    pub text: String,
    pub tone: Tone,
    /// Numbers align right.
    pub num: bool,
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell { text: s.into(), ..Default::default() }
    }
    pub fn num(s: impl Into<String>) -> Cell {
        Cell { text: s.into(), num: true, ..Default::default() }
    }
    pub fn tone(mut self, tone: Tone) -> Cell {
        self.tone = tone;
        self
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::text(s)
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::text(s)
    }
}

/// A table: its name (the CSV file's), headings and rows. An empty table
/// prints its `empty` sentence instead.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub name: String,
    pub head: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    pub empty: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Heading(String),
    Para(String),
    /// Label and value pairs (期间, 负责人 …).
    Facts(Vec<(String, Cell)>),
    Table(Table),
    List(Vec<String>),
    /// Lines to sign on paper: 编制人, 审核人, 批准人 …
    Signatures(Vec<String>),
    Gantt(gantt::Chart),
}

/// One generated document.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    pub kind: DocKind,
    pub title: String,
    /// The plan's name, on every page's header.
    pub plan: String,
    /// What it covers and when it was made, under the title.
    pub subtitle: String,
    pub blocks: Vec<Block>,
}

impl Doc {
    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
    }
}

/// What a document is asked for: the day it is made, and for a periodic one
/// the day its week, month or day holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Request {
    pub kind: DocKind,
    pub today: Day,
    pub at: Day,
}
