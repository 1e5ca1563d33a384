//! Integration tests for rs-trafilatura
//!
//! These tests verify the complete extraction pipeline works end-to-end
//! with realistic HTML samples from various sources.

mod edge_cases;
mod feature_combinations;
mod real_world_articles;
