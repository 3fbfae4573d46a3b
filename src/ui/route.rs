//! Where the user is, kept in the URL hash (`#/plan/<id>/tasks`, `#/plans`)
//! so reload and back/forward keep the place, and the app works from any
//! static host and sub-path. Must not know about plans beyond their ids.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Overview,
    /// The strategy workspace's four pages and its printable brief.
    Insight,
    Goals,
    Strategy,
    Trace,
    Brief,
    Tasks,
    Gantt,
    /// Budget, resources and risks: three pages under one tab.
    Budget,
    Resources,
    Risks,
    /// KPI monitoring's five pages.
    Dashboard,
    Kpis,
    Alerts,
    Funnel,
    Review,
    Raci,
    Setup,
    /// The close of the campaign: the evaluation report, the retrospective
    /// and its printable document.
    Report,
    Retro,
    RetroDoc,
    /// 我的工作: one person's unfinished work, for a phone first.
    Mine,
    /// The document centre; the document and period it shows follow in the
    /// address (`docs/weekly/2026-12-04`), read by the page itself.
    Docs,
}

impl View {
    pub const ALL: [View; 23] = [
        View::Overview,
        View::Insight,
        View::Goals,
        View::Strategy,
        View::Trace,
        View::Brief,
        View::Tasks,
        View::Gantt,
        View::Budget,
        View::Resources,
        View::Risks,
        View::Dashboard,
        View::Kpis,
        View::Alerts,
        View::Funnel,
        View::Review,
        View::Raci,
        View::Setup,
        View::Report,
        View::Retro,
        View::RetroDoc,
        View::Mine,
        View::Docs,
    ];
    /// The header's tabs: the strategy pages share one (Insight opens it),
    /// and so do the budget pages and the monitoring pages (the budget and the
    /// dashboard open them).
    pub const TABS: [View; 10] = [
        View::Overview,
        View::Insight,
        View::Tasks,
        View::Gantt,
        View::Budget,
        View::Dashboard,
        View::Docs,
        View::Report,
        View::Raci,
        View::Setup,
    ];
    /// The close's own tabs: the report, then the meeting.
    pub const CLOSE: [View; 2] = [View::Report, View::Retro];
    pub fn is_close(self) -> bool {
        matches!(self, View::Report | View::Retro | View::RetroDoc)
    }
    /// Budget's own tabs.
    pub const BUDGET: [View; 3] = [View::Budget, View::Resources, View::Risks];
    pub fn is_budget(self) -> bool {
        matches!(self, View::Budget | View::Resources | View::Risks)
    }
    /// Monitoring's own tabs.
    pub const MONITOR: [View; 5] = [View::Dashboard, View::Kpis, View::Alerts, View::Funnel, View::Review];
    pub fn is_monitor(self) -> bool {
        matches!(self, View::Dashboard | View::Kpis | View::Alerts | View::Funnel | View::Review)
    }
    /// The strategy workspace's own tabs, in the order of the work.
    pub const STRATEGY: [View; 4] = [View::Insight, View::Goals, View::Strategy, View::Trace];
    pub fn is_strategy(self) -> bool {
        matches!(self, View::Insight | View::Goals | View::Strategy | View::Trace | View::Brief)
    }
    pub fn slug(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Insight => "insight",
            View::Goals => "goals",
            View::Strategy => "strategy",
            View::Trace => "trace",
            View::Brief => "brief",
            View::Tasks => "tasks",
            View::Gantt => "gantt",
            View::Budget => "budget",
            View::Resources => "resources",
            View::Risks => "risks",
            View::Dashboard => "dashboard",
            View::Kpis => "kpis",
            View::Alerts => "alerts",
            View::Funnel => "funnel",
            View::Review => "review",
            View::Raci => "raci",
            View::Setup => "setup",
            View::Report => "report",
            View::Retro => "retro",
            View::RetroDoc => "retro-doc",
            View::Mine => "mine",
            View::Docs => "docs",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Library,
    /// The team's knowledge base, across plans.
    Knowledge,
    /// A new plan: blank or from a template (its id, when one was picked).
    NewPlan {
        template: Option<String>,
    },
    Plan {
        id: String,
        view: View,
    },
}

impl Route {
    pub fn parse(hash: &str) -> Option<Route> {
        let h = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = h.split('/').collect();
        match parts.as_slice() {
            ["plans"] => Some(Route::Library),
            ["knowledge"] => Some(Route::Knowledge),
            ["new"] => Some(Route::NewPlan { template: None }),
            ["new", t] => Some(Route::NewPlan { template: Some(decode(t)) }),
            ["plan", id] => Some(Route::Plan { id: decode(id), view: View::Overview }),
            // The document centre keeps its own state after its slug.
            ["plan", id, "docs", ..] => Some(Route::Plan { id: decode(id), view: View::Docs }),
            ["plan", id, v] => {
                let view = View::ALL.into_iter().find(|x| x.slug() == *v)?;
                Some(Route::Plan { id: decode(id), view })
            }
            _ => None,
        }
    }
    pub fn to_hash(&self) -> String {
        match self {
            Route::Library => "#/plans".into(),
            Route::Knowledge => "#/knowledge".into(),
            Route::NewPlan { template: None } => "#/new".into(),
            Route::NewPlan { template: Some(t) } => format!("#/new/{}", encode(t)),
            Route::Plan { id, view } => format!("#/plan/{}/{}", encode(id), view.slug()),
        }
    }
    pub fn plan_id(&self) -> Option<&str> {
        match self {
            Route::Plan { id, .. } => Some(id),
            _ => None,
        }
    }
    pub fn view(&self) -> View {
        match self {
            Route::Plan { view, .. } => *view,
            _ => View::Overview,
        }
    }
}

fn encode(s: &str) -> String {
    js_sys::encode_uri_component(s).into()
}

fn decode(s: &str) -> String {
    js_sys::decode_uri_component(s).map(String::from).unwrap_or_else(|_| s.to_string())
}
