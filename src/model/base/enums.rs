//! `enum_all!`: a plain enum with serde names in snake_case and a list of
//! all its values (for pickers and exhaustive tests). Knows no domain.

macro_rules! enum_all {
    ($(#[$m:meta])* $name:ident { $($v:ident),* $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($v),* }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$v),*];
        }
    };
}

pub(crate) use enum_all;
