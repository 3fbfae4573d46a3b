//! The budget lines table: name, account, channel, linked item, planned and
//! committed amounts, payments (a panel of dated entries), approval with its
//! buttons (submit, approve, reject, withdraw), approver and the flexible
//! mark. One `PutLine` per edit. Must not know the file format.

use super::{items_memo, money, money_field, read_money, run};
use crate::i18n::budget::account_name;
use crate::i18n::budget::approval_name;
use crate::i18n::{fill, fmt_date_short};
use crate::model::base::day::Day;
use crate::model::base::id::Id;
use crate::model::budget::commands::BudgetCommand;
use crate::model::budget::data::Account;
use crate::model::budget::data::Approval;
use crate::model::budget::data::BudgetLine;
use crate::model::budget::data::Spend;
use crate::ui::kit::add_box::add_box;
use crate::ui::kit::buttons::row_buttons;
use crate::ui::kit::card::{card, TABLE_CARD};
use crate::ui::kit::cells::choice_cell;
use crate::ui::kit::cells::link_cell;
use crate::ui::kit::cells::text_cell;
use crate::ui::kit::date_box::DateBox;
use crate::ui::kit::row::EditRow;
use crate::ui::state::{new_id, use_app, App};
use leptos::prelude::*;

fn put(app: App, l: BudgetLine) -> bool {
    run(app, BudgetCommand::PutLine(Box::new(l)))
}

#[component]
pub fn BudgetLines() -> impl IntoView {
    let app = use_app();
    let t = app.lang().budget();
    let lines = app.plan_memo(|p| p.budget.lines.clone());
    let all_rows = RwSignal::new(false);
    let ids = Memo::new(move |_| lines.with(|v| v.iter().map(|l| l.id.clone()).collect::<Vec<_>>()));
    let (shown, more) = crate::ui::kit::table::first_rows(ids, all_rows, t.show_all_rows);
    let items = items_memo(app);
    let people = app.people_memo();
    let open: RwSignal<Option<Id>> = RwSignal::new(None);
    crate::ui::close_on_escape(open);
    let row = move |id: Id| {
        let r = EditRow { memo: Memo::new(move |_| lines.with(|v| v.iter().find(|x| x.id == id).cloned())), put };
        let lid = move || r.memo.with_untracked(|x| x.as_ref().map(|x| x.id.clone()).unwrap_or_default());
        let actual = move || r.read(|x| (x.actual(), x.spends.len(), x.actual() > x.planned));
        view! {
            <tr class="budget-line" data-line=lid class:picked=move || open.get().as_deref() == Some(lid().as_str())>
                {text_cell(r, t.col_name, "name", |x| x.name.clone(), |_, x, v| x.name = v)}
                {choice_cell(
                    r,
                    Account::ALL,
                    t.col_account,
                    "account",
                    |x| x.account,
                    |x, v| x.account = v,
                    account_name,
                )}
                {text_cell(r, t.col_channel, "channel", |x| x.channel.clone(), |_, x, v| x.channel = v)}
                {link_cell(r, t.col_item, "item", t.none, items, |x| x.item.clone(), |x, v| x.item = v)}
                {text_cell(
                    r,
                    t.col_planned,
                    "planned",
                    |x| money_field(x.planned),
                    |app, x, v| {
                        if let Some(m) = read_money(app, &v) {
                            x.planned = m;
                        }
                    },
                )}
                {text_cell(
                    r,
                    t.col_committed,
                    "committed",
                    |x| money_field(x.committed),
                    |app, x, v| {
                        if let Some(m) = read_money(app, &v) {
                            x.committed = m;
                        }
                    },
                )}
                <td class="num">
                    <button
                        class="btn link payments-btn"
                        data-action="payments"
                        class:over=move || actual().2
                        aria-expanded=move || (open.get().as_deref() == Some(lid().as_str())).to_string()
                        on:click=move |_| {
                            open.update(|o| *o = if o.as_deref() == Some(lid().as_str()) { None } else { Some(lid()) })
                        }
                    >
                        {move || money(app, actual().0)}
                        <span class="muted">{move || fill(t.payments_n, "n", &actual().1.to_string())}</span>
                    </button>
                </td>
                <td class="approval-cell">{approval(app, r, people)}</td>
                {link_cell(
                    r,
                    t.col_approver,
                    "approver",
                    t.nobody,
                    people,
                    |x| x.approver.clone(),
                    |x, v| x.approver = v,
                )}
                <td class="center">
                    <input
                        type="checkbox"
                        data-field="flexible"
                        title=t.flexible_hint
                        aria-label=t.flexible_hint
                        prop:checked=move || r.read(|x| x.flexible)
                        on:change=move |e| {
                            r.edit(app, |x| x.flexible = event_target_checked(&e));
                        }
                    />
                </td>
                <td class="row-tools">
                    {row_buttons(
                        (t.move_up, t.move_down, t.remove),
                        true,
                        move |up| {
                            run(
                                app,
                                BudgetCommand::Move {
                                    id: lid(),
                                    up,
                                },
                            );
                        },
                        move || {
                            run(app, BudgetCommand::RemoveLine(lid()));
                        },
                    )}
                </td>
            </tr>
        }
    };
    let heads = [
        t.col_name,
        t.col_account,
        t.col_channel,
        t.col_item,
        t.col_planned,
        t.col_committed,
        t.col_actual,
        t.col_approval,
        t.col_approver,
        t.col_flexible,
    ];
    card(
        TABLE_CARD,
        "lines",
        t.lines_title,
        Some(t.lines_help),
        None,
        view! {
            <div class="table-wrap" class:hidden=move || ids.with(Vec::is_empty)>
                <table class="kpi-table budget-lines" data-testid="budget-lines">
                    <thead>
                        <tr>{heads.into_iter().map(|h| view! { <th>{h}</th> }).collect_view()}<th></th></tr>
                    </thead>
                    <tbody>
                        <For each=move || shown.get() key=|id| id.clone() let:id>
                            {row(id)}
                        </For>
                    </tbody>
                </table>
            </div>
            {more}
            // A removed line (or one undone away) closes its panel.
            {move || {
                open.get().filter(|id| ids.with(|v| v.contains(id))).map(|id| view! { <Payments id=id open=open /> })
            }}
            {add_box(
                "line".into(),
                t.add_line,
                t.add,
                move |name| {
                    run(
                        app,
                        BudgetCommand::PutLine(
                            Box::new(BudgetLine::new(new_id(), name, Account::Kol, crate::model::base::money::Money(0))),
                        ),
                    )
                },
            )}
        },
    )
}

/// The approval state as a chip, who decided and when, and the next steps.
fn approval(app: App, r: EditRow<BudgetLine>, people: Memo<Vec<(Id, String)>>) -> impl IntoView {
    let t = app.lang().budget();
    let l = app.locale.get_untracked();
    let today = app.today;
    let state = move || r.read(|x| x.approval);
    let set = move |approval: Approval| {
        let line = r.memo.with_untracked(|x| x.as_ref().map(|x| x.id.clone()));
        if let Some(line) = line {
            crate::ui::budget::run(app, BudgetCommand::Decide { line, approval, day: today });
        }
    };
    let who = move || {
        r.read(|x| {
            let name = x
                .approver
                .as_ref()
                .and_then(|p| people.with(|v| v.iter().find(|(id, _)| id == p).map(|(_, n)| n.clone())));
            x.decided.map(|d| fill(&fill(t.decided, "who", &name.unwrap_or_default()), "date", &fmt_date_short(l, d)))
        })
    };
    let btn = move |a: Approval, label: &'static str, key: &'static str, primary: bool| {
        view! {
            <button class="btn small" class:primary=primary data-action=key on:click=move |_| set(a)>
                {label}
            </button>
        }
    };
    view! {
        <span class=move || format!("approval-chip {}", format!("{:?}", state()).to_lowercase()) data-testid="approval">
            {move || approval_name(l, state())}
        </span>
        <span class="approval-actions">
            {move || match state() {
                Approval::Draft => btn(Approval::Submitted, t.act_submit, "submit", false).into_any(),
                Approval::Submitted => {
                    view! {
                        {btn(Approval::Approved, t.act_approve, "approve", true)}
                        {btn(Approval::Rejected, t.act_reject, "reject", false)}
                    }
                        .into_any()
                }
                _ => btn(Approval::Draft, t.act_withdraw, "withdraw", false).into_any(),
            }}
        </span>
        <span class="muted small decided">{who}</span>
    }
}

/// The payments of one line: dated entries, removable, and a form to add one.
#[component]
fn Payments(id: Id, open: RwSignal<Option<Id>>) -> impl IntoView {
    let app = use_app();
    let t = app.lang().budget();
    let l = app.locale.get_untracked();
    let id2 = id.clone();
    let line = Memo::new(move |_| {
        let pid = app.current_id()?;
        app.with_ws(|w| w.plan(&pid).and_then(|p| p.budget.line(&id2).cloned()))
    });
    let date = RwSignal::new(Some(app.today));
    let amount = NodeRef::<leptos::html::Input>::new();
    let note = NodeRef::<leptos::html::Input>::new();
    let change = move |f: &dyn Fn(&mut BudgetLine)| {
        if let Some(mut x) = line.get_untracked() {
            f(&mut x);
            put(app, x);
        }
    };
    let add = move || {
        let (Some(a), Some(n)) = (amount.get_untracked(), note.get_untracked()) else {
            return;
        };
        let day = date.get_untracked().unwrap_or(app.today);
        // An empty box reads as 0, and a payment of 0 is no payment.
        let Some(m) = read_money(app, &a.value()) else { return };
        if m.0 == 0 {
            app.error(fill(t.bad_amount, "text", a.value().trim()));
            return;
        }
        let text = n.value().trim().to_string();
        change(&|x| x.spends.push(Spend { date: day, amount: m, note: text.clone() }));
        if line.with_untracked(|x| x.as_ref().is_some_and(|x| x.spends.iter().any(|s| s.amount == m && s.date == day)))
        {
            a.set_value("");
            n.set_value("");
        }
    };
    view! {
        <div class="payments-panel" data-testid="payments">
            <div class="card-head">
                <h3>
                    {move || fill(
                        t.payments_title,
                        "name",
                        &line.with(|x| x.as_ref().map(|x| x.name.clone()).unwrap_or_default()),
                    )}
                </h3>
                <button class="btn small" on:click=move |_| open.set(None)>
                    {t.close}
                </button>
            </div>
            <Show when=move || line.with(|x| x.as_ref().is_some_and(|x| x.spends.is_empty()))>
                <p class="muted">{t.payments_empty}</p>
            </Show>
            <ul class="payments">
                {move || {
                    line.get()
                        .map(|x| {
                            x.spends
                                .iter()
                                .enumerate()
                                .map(|(i, s)| {
                                    view! {
                                        <li class="payment" data-testid="payment">
                                            <span class="pay-date">{fmt_date_short(l, s.date)}</span>
                                            <span class="pay-amount num">{money(app, s.amount)}</span>
                                            <span class="pay-note">{s.note.clone()}</span>
                                            <button
                                                class="icon-btn small danger"
                                                title=t.remove
                                                aria-label=t.remove
                                                data-action="remove-payment"
                                                on:click=move |_| change(
                                                    &|x| {
                                                        if i < x.spends.len() {
                                                            x.spends.remove(i);
                                                        }
                                                    },
                                                )
                                            >
                                                "×"
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()
                        })
                }}
            </ul>
            <div class="add-payment">
                <label>
                    {t.pay_date}
                    <DateBox
                        value=date
                        label=t.pay_date.to_string()
                        key="pay-date"
                        optional=true
                        commit=Callback::new(move |d: Option<Day>| {
                            date.set(d);
                            true
                        })
                    />
                </label>
                <label>
                    {t.pay_amount}
                    <input
                        type="text"
                        inputmode="decimal"
                        node_ref=amount
                        data-field="pay-amount"
                        on:keydown=move |e| {
                            if e.key() == "Enter" {
                                add()
                            }
                        }
                    />
                </label>
                <label class="grow">
                    {t.pay_note}
                    <input
                        type="text"
                        node_ref=note
                        data-field="pay-note"
                        on:keydown=move |e| {
                            if e.key() == "Enter" {
                                add()
                            }
                        }
                    />
                </label>
                <button class="btn primary" data-action="add-payment" on:click=move |_| add()>
                    {t.add_payment}
                </button>
            </div>
        </div>
    }
}
