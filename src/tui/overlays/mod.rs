//! Windows drawn over a screen that take the keys while open: the help and the search popup.

pub mod help;
pub mod open;
pub mod search;
