//! The traffic light's CSS class: one look for every page that judges a
//! figure against its target (dashboard, review, evaluation report).

use crate::model::monitor::rules::Light;

pub fn light_class(l: Option<Light>) -> &'static str {
    match l {
        Some(Light::Green) => "light green",
        Some(Light::Yellow) => "light yellow",
        Some(Light::Red) => "light red",
        None => "light none",
    }
}
