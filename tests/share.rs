//! Share links: base64url both ways for every length and byte, the
//! fragment's shape, the length bands at their edges, and the summary plan:
//! valid, small, and carrying what a chat needs.

mod common;

use campaign_planner::io::share::{
    b64url_decode, b64url_encode, fragment, fragment_for, link_person, link_size, parse_fragment, summary_plan,
    LinkKind, LinkSize, MAX_LINK, QR_LINK, SHORT_LINK,
};
use campaign_planner::io::{export_plan, import_plan};
use campaign_planner::model::base::day::Day;
use campaign_planner::model::check::validate::validate;
use campaign_planner::model::sample::{sample_plan, SampleLang};

#[test]
fn base64url_round_trips_every_length_and_byte() {
    let mut rng = common::Rng(0x5eed);
    for len in 0..300 {
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let text = b64url_encode(&bytes);
        assert!(text.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'), "{text}");
        assert_eq!(b64url_decode(&text), Some(bytes));
    }
    assert_eq!(b64url_encode(b"\xfb\xff"), "-_8");
    assert_eq!(b64url_decode("-_8="), Some(b"\xfb\xff".to_vec()));
    assert_eq!(b64url_decode("a"), None, "an impossible length");
    assert_eq!(b64url_decode("ab$c"), None);
}

#[test]
fn the_fragment_names_its_kind_and_nothing_else_is_read_as_one() {
    let f = fragment(LinkKind::Summary, b"hello");
    assert_eq!(f, "#/share/s/aGVsbG8");
    assert_eq!(parse_fragment(&f), Some((LinkKind::Summary, b"hello".to_vec())));
    assert_eq!(parse_fragment("#/share/p/aGVsbG8").map(|x| x.0), Some(LinkKind::Plan));
    for other in ["#/plans", "#/share/x/aGVsbG8", "#/share/p", "#/plan/share/p/aa", "#/share/p/%%%"] {
        assert_eq!(parse_fragment(other), None, "{other}");
    }
}

#[test]
fn a_plan_sent_to_one_person_names_them_and_reads_as_the_same_plan() {
    let f = fragment_for(b"hello", "p-chen");
    assert_eq!(parse_fragment(&f), Some((LinkKind::Plan, b"hello".to_vec())));
    assert_eq!(link_person(&f).as_deref(), Some("p-chen"));
    assert_eq!(link_person("#/share/p/aGVsbG8"), None, "a plain link is for nobody");
    let long = format!("#/share/p/aGVsbG8.{}", b64url_encode(&[b'x'; 65]));
    assert_eq!(link_person(&long), None, "an id longer than ours");
    assert_eq!(link_person("#/share/p/aGVsbG8.%%"), None);
    assert_eq!(link_person(&format!("#/share/p/aGVsbG8.{}", b64url_encode(&[0xff, 0xfe]))), None, "not text");
}

#[test]
fn link_lengths_fall_into_their_bands_at_the_edges() {
    assert_eq!(link_size(QR_LINK), LinkSize::Qr);
    assert_eq!(link_size(QR_LINK + 1), LinkSize::Short);
    assert_eq!(link_size(SHORT_LINK), LinkSize::Short);
    assert_eq!(link_size(SHORT_LINK + 1), LinkSize::Long);
    assert_eq!(link_size(MAX_LINK), LinkSize::Long);
    assert_eq!(link_size(MAX_LINK + 1), LinkSize::TooLong);
}

#[test]
fn the_summary_is_a_valid_small_plan_with_what_a_chat_needs() {
    for lang in [SampleLang::Zh, SampleLang::En] {
        let p = sample_plan("s".into(), Day::ymd(2026, 11, 20), lang);
        let s = summary_plan(&p);
        assert!(validate(&s).is_empty(), "{:?}", validate(&s));
        assert_eq!(import_plan(&export_plan(&s)).unwrap(), s);
        assert_eq!(
            (s.name.as_str(), s.start, s.end, s.total_budget),
            (p.name.as_str(), p.start, p.end, p.total_budget)
        );
        assert_eq!(s.phases, p.phases);
        assert_eq!(s.strategy.goals.len(), p.strategy.goals.len());
        assert_eq!(s.work_items.len(), p.work_items.iter().filter(|w| w.milestone).count());
        assert!(s.work_items.iter().all(|w| w.milestone));
        assert!(s.budget.lines.is_empty() && s.people.len() < p.people.len());
        assert!(s.kpis.iter().all(|k| k.actuals.is_empty()));
        let kept: Vec<_> =
            p.kpis.iter().filter(|k| k.goal.is_some() || k.channel.is_empty()).map(|k| (&k.id, k.target)).collect();
        assert!(!kept.is_empty());
        assert_eq!(s.kpis.iter().map(|k| (&k.id, k.target)).collect::<Vec<_>>(), kept);
        let (full, small) = (export_plan(&p).len(), export_plan(&s).len());
        assert!(small * 5 < full, "summary {small} bytes of {full}");
    }
}

/// The preview a link opens with (drawn by the app and by the first look):
/// what each kind of link shows and offers, in both languages.
#[test]
fn the_preview_says_what_the_link_holds_and_offers_what_it_allows() {
    use campaign_planner::docs::preview::{preview, PreviewAction};
    use campaign_planner::i18n::Locale;
    let plan = sample_plan("s".into(), Day::ymd(2026, 9, 1), SampleLang::Zh);
    let chen = plan.people.iter().find(|p| p.name == "陈静").expect("the sample has 陈静").id.clone();
    let actions = |v: &campaign_planner::docs::preview::Preview| {
        v.buttons.iter().map(|b| (b.action.name(), b.label.clone(), b.primary)).collect::<Vec<_>>()
    };
    // (locale, kind, person, received before) → note, for-person line, buttons.
    let cases: Vec<(Locale, LinkKind, Option<&str>, bool, Option<&str>, Option<&str>, Vec<(&str, &str, bool)>)> = vec![
        (Locale::ZhCn, LinkKind::Plan, None, false, None, None, vec![("save-shared", "保存副本到我的计划", true)]),
        (Locale::ZhCn, LinkKind::Plan, None, true, None, None, vec![("save-shared", "更新我的副本", true)]),
        (
            Locale::ZhCn,
            LinkKind::Plan,
            Some(chen.as_str()),
            false,
            None,
            Some("这是发给 陈静 的计划"),
            vec![("i-am", "我是 陈静", true), ("save-shared", "我不是，只保存计划", false)],
        ),
        // A person the plan does not know: a plain link.
        (
            Locale::En,
            LinkKind::Plan,
            Some("nobody"),
            false,
            None,
            None,
            vec![("save-shared", "Save a copy to my plans", true)],
        ),
        (
            Locale::En,
            LinkKind::Summary,
            Some(chen.as_str()),
            false,
            Some("This is a summary link: goals, phases, milestones, budget and KPI targets, read-only."),
            Some("This plan was sent to 陈静"),
            vec![],
        ),
    ];
    for (l, kind, person, again, note, for_person, buttons) in cases {
        let who = person.map(str::to_string);
        let v = preview(l, &plan, kind, who.as_ref(), again);
        let label = format!("{l:?} {kind:?} {person:?} {again}");
        assert_eq!(v.summary_note, note, "{label}");
        assert_eq!(v.for_person.as_deref(), for_person, "{label}");
        let want: Vec<_> = buttons.into_iter().map(|(a, t, p)| (a, t.to_string(), p)).collect();
        assert_eq!(actions(&v), want, "{label}");
        if let Some(b) = v.buttons.iter().find(|b| b.action.name() == "i-am") {
            assert_eq!(b.action, PreviewAction::IAm(chen.clone()), "{label}");
        }
        assert_eq!(v.name, plan.name);
        assert_eq!(v.goals.len(), plan.strategy.goals.len());
        assert_eq!(v.phases.len(), plan.phases.len());
        assert_eq!(v.milestones.len(), plan.work_items.iter().filter(|w| w.milestone).count());
        assert!(v.milestones.iter().all(|m| m.starts_with("◆ ")), "{label}");
    }
    let zh = preview(Locale::ZhCn, &plan, LinkKind::Plan, None, false);
    assert!(zh.line.contains("总预算"), "{}", zh.line);
    assert!(zh.phases.iter().all(|p| p.contains(" · ")), "{:?}", zh.phases);
}
