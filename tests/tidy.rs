//! The layout's invariants, stated as absences and checked on the source:
//! the model's layers only use the layers below them, the model names no web
//! crate and nothing of the app above it, no `use` renames or re-exports a
//! whole module, and user-visible text lives in `i18n` (or the sample plan's
//! data). A violation fails with the file, the line and the rule.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The module path of a file below `src/model`: `budget/rules.rs` →
/// `["budget", "rules"]`, `budget/mod.rs` → `["budget"]`.
fn module_of(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string()).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The layer of a model module, bottom (0) to top; `None` for the folders'
/// `mod.rs`, which only declare.
fn layer(m: &[String]) -> Option<u8> {
    let m: Vec<&str> = m.iter().map(String::as_str).collect();
    Some(match m.as_slice() {
        [] => return None,
        ["base", ..] => 0,
        ["plan"] | [_, "data"] => 1,
        ["check"] | ["command"] | ["sample"] | ["schedule" | "strategy" | "monitor" | "budget" | "close" | "team"] => {
            return None
        }
        ["check", _] => 3,
        ["command", "edits" | "cascade"] | [_, "commands"] => 4,
        ["command", _] => 5,
        ["sample", ..] => 6,
        // Every other file of a domain is one of its rules.
        ["schedule" | "strategy" | "monitor" | "budget" | "close" | "knowledge" | "team", _] => 2,
        _ => return None,
    })
}

const LAYERS: [&str; 7] = ["base", "data", "rules", "check", "commands", "dispatcher", "sample"];

fn segments(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split("::")
        .map(|s| s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>())
        .take_while(|s| s.chars().next().is_some_and(|c| c.is_lowercase()))
}

/// Every model module a file names, with the line it is on: `crate::model::…`
/// paths and `super::…` paths resolved against the file's own module.
fn named_modules(text: &str, here: &[String]) -> Vec<(usize, Vec<String>)> {
    let mut out = vec![];
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(i) = rest.find("crate::model::") {
            let path: Vec<String> = segments(&rest[i + "crate::model::".len()..]).collect();
            out.push((n + 1, path));
            rest = &rest[i + 1..];
        }
        let mut rest = code;
        while let Some(i) = rest.find("super::") {
            let before = &rest[..i];
            if before.ends_with("::") || before.ends_with(char::is_alphanumeric) {
                rest = &rest[i + 1..];
                continue;
            }
            // Each `super` is one module up from the file's own module.
            let mut base: Vec<String> = here.to_vec();
            let mut tail = &rest[i..];
            while let Some(t) = tail.strip_prefix("super::") {
                base.pop();
                tail = t;
            }
            base.extend(segments(tail));
            out.push((n + 1, base));
            rest = &rest[i + 1..];
        }
    }
    out
}

/// The longest prefix of `path` that is a layered module.
fn target_layer(path: &[String]) -> Option<u8> {
    (1..=path.len().min(2)).rev().find_map(|k| layer(&path[..k]))
}

fn layering_violations(root: &Path) -> Vec<String> {
    let mut files = vec![];
    rust_files(root, &mut files);
    let mut out = vec![];
    for f in files {
        let rel = f.strip_prefix(root).unwrap();
        let here = module_of(rel);
        let Some(mine) = layer(&here) else {
            assert!(rel.ends_with("mod.rs"), "src/model/{} is in no layer: place it in tests/tidy.rs", rel.display());
            continue;
        };
        let text = fs::read_to_string(&f).unwrap();
        for (line, path) in named_modules(&text, &here) {
            if let Some(theirs) = target_layer(&path) {
                if theirs > mine {
                    out.push(format!(
                        "src/model/{}:{line}: a {} module uses model::{} ({})",
                        rel.display(),
                        LAYERS[mine as usize],
                        path.join("::"),
                        LAYERS[theirs as usize]
                    ));
                }
            }
        }
    }
    out
}

#[test]
fn the_model_layers_only_use_the_layers_below() {
    let v = layering_violations(&src().join("model"));
    assert!(v.is_empty(), "layering broken:\n{}", v.join("\n"));
}

/// The rule above would catch the violations the layout exists to prevent.
#[test]
fn the_layering_rule_catches_a_rules_file_that_uses_commands() {
    let dir = std::env::temp_dir().join(format!("tidy-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("budget")).unwrap();
    fs::create_dir_all(dir.join("base")).unwrap();
    fs::write(dir.join("budget/rules.rs"), "use crate::model::budget::commands::BudgetCommand;\n").unwrap();
    fs::write(dir.join("base/day.rs"), "fn f(p: &super::super::plan::Plan) {}\n").unwrap();
    fs::write(dir.join("budget/data.rs"), "use super::rules::totals;\n").unwrap();
    let v = layering_violations(&dir);
    let _ = fs::remove_dir_all(&dir);
    assert_eq!(v.len(), 3, "{v:#?}");
    assert!(v.iter().any(|l| l.contains("a rules module uses model::budget::commands (commands)")), "{v:#?}");
    assert!(v.iter().any(|l| l.contains("a base module uses model::plan (data)")), "{v:#?}");
    assert!(v.iter().any(|l| l.contains("a data module uses model::budget::rules")), "{v:#?}");
}

/// Lines of `src` (below `dir`) that break a rule, as `path:line: text`.
fn grep(dir: &str, bad: impl Fn(&str) -> bool) -> Vec<String> {
    let mut files = vec![];
    rust_files(&src().join(dir), &mut files);
    let mut out = vec![];
    for f in files {
        let text = fs::read_to_string(&f).unwrap();
        for (n, line) in text.lines().enumerate() {
            if !line.trim_start().starts_with("//") && bad(line) {
                out.push(format!("{}:{}: {}", f.strip_prefix(src()).unwrap().display(), n + 1, line.trim()));
            }
        }
    }
    out
}

#[test]
fn the_model_names_no_web_crate_and_nothing_above_it() {
    let names = [
        "leptos",
        "web_sys",
        "wasm_bindgen",
        "js_sys",
        "gloo",
        "crate::ui",
        "crate::storage",
        "crate::io",
        "crate::i18n",
    ];
    let v = grep("model", |l| names.iter().any(|n| l.contains(&format!("{n}::")) || l.contains(&format!("use {n}"))));
    assert!(v.is_empty(), "the model must stay plain Rust:\n{}", v.join("\n"));
}

#[test]
fn no_use_renames_or_glob_re_exports() {
    let v = grep("", |l| {
        let t = l.trim_start();
        (t.starts_with("use ") || t.starts_with("pub use ") || t.starts_with("pub(crate) use "))
            && (t.contains(" as ")
                || (t.starts_with("pub") && t.contains("::*"))
                || ((t.contains("crate::") || t.contains("super::")) && t.contains("::*")))
    });
    assert!(v.is_empty(), "a name is renamed or a module re-exported whole:\n{}", v.join("\n"));
}

fn has_cjk_literal(line: &str) -> bool {
    let mut in_str = false;
    for c in line.chars() {
        if c == '"' {
            in_str = !in_str;
        } else if in_str && ('\u{4e00}'..='\u{9fff}').contains(&c) {
            return true;
        }
    }
    false
}

/// User-visible text is declared in `i18n` as zh/en pairs; views, storage,
/// the file format and the model's rules hold none (the sample plan's text
/// is data, in both languages).
#[test]
fn text_a_user_reads_is_declared_in_i18n() {
    let mut v = vec![];
    for dir in ["ui", "io", "model", "docs"] {
        v.extend(grep(dir, has_cjk_literal).into_iter().filter(|l| !l.starts_with("model/sample/")));
    }
    v.extend(
        grep("", |l| l.contains("Locale::ZhCn") || l.contains("Locale::En"))
            .into_iter()
            .filter(|l| !l.starts_with("i18n/")),
    );
    // The date reader accepts 年/月/日 as separators: input, not text shown.
    v.retain(|l| !l.starts_with("io/table.rs") || !l.contains("'年'"));
    // The sheet reader recognises Chinese headings and status words: input, not text shown.
    v.retain(|l| !l.starts_with("io/sheet.rs"));
    // Phases typed by length accept 天/周/月 as units: input, not text shown.
    v.retain(|l| !l.starts_with("model/schedule/phases.rs") || !l.contains("=>"));
    assert!(v.is_empty(), "text or locale branching outside i18n:\n{}", v.join("\n"));
}

/// leptosfmt 0.1.33 (which `make test` checks the views with) reads a `>` or
/// `<` inside an attribute's braces as the end of a tag and drops the rest of
/// the element's attributes when it formats: such a comparison is written
/// another way (`n != 0`) or bound to a name first.
#[test]
fn view_attributes_hold_no_comparison_the_formatter_would_cut() {
    let v = grep("ui", |l| {
        l.match_indices("={").any(|(i, _)| {
            let inner = l[i + 2..].split('}').next().unwrap_or("");
            inner.replace("=>", "").replace("->", "").contains(['<', '>'])
        })
    });
    assert!(v.is_empty(), "write these without < or > inside the braces:\n{}", v.join("\n"));
}

/// Every table of strings is declared with `texts!` (one zh/en pair per
/// string, and `PAIRS` for the placeholder tests): no hand-written
/// `…Texts` struct or `ZH`/`EN` static beside it.
#[test]
fn string_tables_are_declared_with_texts() {
    let v = grep("", |l| {
        let t = l.trim_start();
        (t.starts_with("pub struct") && t.contains("Texts {"))
            || t.starts_with("pub static ZH")
            || t.starts_with("pub static EN")
    });
    assert!(v.is_empty(), "declare these with texts!:\n{}", v.join("\n"));
}
