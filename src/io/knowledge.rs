//! The knowledge base's file: `{"format": "campaign-planner-knowledge",
//! "version": N, "knowledge": {...}}`, versioned like plan files (each change
//! of shape adds a step here and a fixture), read strictly with every
//! problem named by its path. Also what `storage` keeps. Must not know
//! about the browser or the UI.

use super::{envelope, shaped, ImportError};
use crate::model::base::fault::Problem;
use crate::model::check::repair::repaired;
use crate::model::knowledge::commands::knowledge_faults;
use crate::model::knowledge::data::Knowledge;
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const KNOWLEDGE_FORMAT: &str = "campaign-planner-knowledge";
/// The current version. Raising it needs a step in `migrate` below and a fixture.
pub const KNOWLEDGE_VERSION: u32 = 2;
pub const KNOWLEDGE_SUFFIX: &str = ".knowledge.json";

#[derive(Serialize)]
struct Out<'a> {
    format: &'a str,
    version: u32,
    knowledge: &'a Knowledge,
}

#[derive(Deserialize)]
struct In {
    knowledge: Knowledge,
}

/// The file a team shares, compact.
pub fn export_knowledge(k: &Knowledge) -> String {
    serde_json::to_string(&Out { format: KNOWLEDGE_FORMAT, version: KNOWLEDGE_VERSION, knowledge: k })
        .expect("a knowledge base always serialises")
}

/// Upgrades an older file one version at a time. 1 → 2: a template may be
/// anchored to a festival and keeps its goals; a version 1 template has
/// neither, which reads as it is (no anchor, no goals), so the step changes
/// nothing but says so.
fn migrate(value: Value, _from: u32) -> Value {
    value
}

/// Reads a knowledge base file: refused with every problem and its path
/// (`knowledge.lessons[3].text`) when anything is wrong.
pub fn import_knowledge(text: &str) -> Result<Knowledge, ImportError> {
    let (value, version) =
        envelope(text, KNOWLEDGE_FORMAT, KNOWLEDGE_VERSION, ImportError::NotKnowledgeFile, super::MAX_FILE_BYTES)?;
    let mut k: In =
        if version == KNOWLEDGE_VERSION { shaped(text, None)? } else { shaped(text, Some(&migrate(value, version)))? };
    // A template is a plan: one saved before a rule existed (a milestone of
    // five days) is mended as a plan file would be, never refused for it.
    for t in &mut k.knowledge.templates {
        if let Ok((plan, _)) = repaired(t.plan.clone()) {
            t.plan = plan;
        }
    }
    let problems: Vec<Problem> = knowledge_faults(&k.knowledge)
        .into_iter()
        .map(|(path, kind)| Problem { path: format!("knowledge.{path}"), kind })
        .collect();
    // What storage keeps is the file as written back: it must still fit.
    let bytes =
        super::written_len(&Out { format: KNOWLEDGE_FORMAT, version: KNOWLEDGE_VERSION, knowledge: &k.knowledge });
    if bytes > super::MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes });
    }
    if problems.is_empty() {
        Ok(k.knowledge)
    } else {
        Err(ImportError::Invalid(problems))
    }
}
