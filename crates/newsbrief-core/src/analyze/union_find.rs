//! Disjoint sets over `0..n`, the one grouping structure of the analysis (entity merging, story
//! points, same quotes). Hand-written because it is twenty lines and the crates offering it
//! bring a graph library along.

/// Union-find with path halving; the smaller index stays root, so groups do not depend on the
/// order unions are made in (results stay deterministic whatever the hash order).
#[derive(Debug, Clone)]
pub struct UnionFind(Vec<usize>);

impl UnionFind {
    pub fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }

    pub fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }

    /// Joins the sets of `a` and `b`; true when they were apart.
    pub fn union(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.0[hi] = lo;
        true
    }

    /// The sets with more than `min - 1` members, each in increasing order, ordered by their
    /// smallest member.
    pub fn groups(&mut self, min: usize) -> Vec<Vec<usize>> {
        let n = self.0.len();
        let mut by_root: Vec<Vec<usize>> = vec![Vec::new(); n];
        for x in 0..n {
            let r = self.find(x);
            by_root[r].push(x);
        }
        by_root
            .into_iter()
            .filter(|g| !g.is_empty() && g.len() >= min)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_transitively_and_keeps_the_smallest_root() {
        let mut u = UnionFind::new(6);
        assert!(u.union(4, 2));
        assert!(u.union(2, 5));
        assert!(!u.union(5, 4));
        assert_eq!(u.find(5), 2);
        assert_eq!(u.groups(2), vec![vec![2, 4, 5]]);
        assert_eq!(u.groups(1).len(), 4);
    }
}
