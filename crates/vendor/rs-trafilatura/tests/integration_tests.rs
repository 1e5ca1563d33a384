//! Integration tests for rs-trafilatura
//!
//! This file serves as the entry point for integration tests,
//! importing all test modules from the integration/ directory.

mod integration;
