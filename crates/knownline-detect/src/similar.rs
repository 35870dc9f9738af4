//! Campaigns: reported contacts that belong together because they share a phone number or a
//! domain, or because their words are nearly the same (a SimHash of word triples, so a new
//! name or amount in the same script still matches).

use crate::text::fold;

/// Texts whose SimHashes differ in at most this many of 64 bits are near-duplicates.
pub const NEAR_BITS: u32 = 6;
/// Shorter texts are too short to call near-duplicates by their words alone.
const MIN_WORDS: usize = 8;

fn fnv(bytes: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The words of a text as it is compared: folded, numbers as one placeholder.
fn words(text: &str) -> Vec<String> {
    fold(text)
        .text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.chars().any(|c| c.is_ascii_digit()) {
                "#".to_string()
            } else {
                w.to_string()
            }
        })
        .collect()
}

/// A 64-bit SimHash of the text's word triples, or `None` when it has too few words.
pub fn simhash(text: &str) -> Option<u64> {
    let w = words(crate::text::truncate_at_char(text, 200_000));
    if w.len() < MIN_WORDS {
        return None;
    }
    let mut votes = [0i32; 64];
    for t in w.windows(3) {
        let h = fnv(t.join(" ").as_bytes());
        for (bit, v) in votes.iter_mut().enumerate() {
            *v += if h >> bit & 1 == 1 { 1 } else { -1 };
        }
    }
    Some(
        votes
            .iter()
            .enumerate()
            .filter(|(_, &v)| v > 0)
            .fold(0u64, |acc, (bit, _)| acc | 1 << bit),
    )
}

/// One reported contact, as campaigns see it.
#[derive(Debug, Clone, Default)]
pub struct CampaignItem {
    pub phones: Vec<String>,
    pub domains: Vec<String>,
    pub simhash: Option<u64>,
}

/// Why items were grouped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Group {
    pub members: Vec<usize>,
    pub phones: Vec<String>,
    pub domains: Vec<String>,
    pub near_duplicates: bool,
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Groups of two or more items linked by a shared number or domain, or by near-duplicate
/// words, each with what they share. Items are linked transitively.
pub fn group(items: &[CampaignItem]) -> Vec<Group> {
    let n = items.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let union = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(parent, a), find(parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    };
    let mut by_value: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, it) in items.iter().enumerate() {
        for v in it.phones.iter().chain(&it.domains) {
            match by_value.get(v.as_str()) {
                Some(&j) => union(&mut parent, i, j),
                None => {
                    by_value.insert(v, i);
                }
            }
        }
    }
    let mut near = vec![false; n];
    // Pairwise over hashes: reports per installation are thousands, not millions.
    for i in 0..n {
        let Some(a) = items[i].simhash else { continue };
        for j in i + 1..n {
            if let Some(b) = items[j].simhash {
                if (a ^ b).count_ones() <= NEAR_BITS {
                    union(&mut parent, i, j);
                    near[i] = true;
                    near[j] = true;
                }
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for i in 0..n {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    groups
        .into_values()
        .filter(|m| m.len() >= 2)
        .map(|members| {
            let shared = |pick: fn(&CampaignItem) -> &Vec<String>| {
                let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
                for &m in &members {
                    for v in pick(&items[m]) {
                        *counts.entry(v.as_str()).or_default() += 1;
                    }
                }
                counts
                    .into_iter()
                    .filter(|&(_, c)| c >= 2)
                    .map(|(v, _)| v.to_string())
                    .collect::<Vec<_>>()
            };
            Group {
                phones: shared(|i| &i.phones),
                domains: shared(|i| &i.domains),
                near_duplicates: members.iter().any(|&m| near[m]),
                members,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "Hello, this is Windows technical support. Your computer is sending us error messages and has a virus. Please install AnyDesk so we can fix it today for 199 dollars.";
    const B: &str = "Hello this is Windows technical support. Your computer is sending us error messages and has a virus, please install AnyDesk so we can fix it today for 249 dollars!";
    const C: &str = "Hi Sam, the quarterly planning meeting moved to Thursday afternoon in room four; bring the budget numbers and the hiring plan for next year.";

    #[test]
    fn the_same_script_with_other_numbers_is_a_near_duplicate() {
        let (a, b, c) = (
            simhash(A).unwrap(),
            simhash(B).unwrap(),
            simhash(C).unwrap(),
        );
        assert!(
            (a ^ b).count_ones() <= NEAR_BITS,
            "{}",
            (a ^ b).count_ones()
        );
        assert!((a ^ c).count_ones() > NEAR_BITS, "{}", (a ^ c).count_ones());
        assert_eq!(simhash("too short to say"), None);
    }

    #[test]
    fn groups_join_by_number_domain_or_words() {
        let item = |phones: &[&str], domains: &[&str], text: &str| CampaignItem {
            phones: phones.iter().map(|s| s.to_string()).collect(),
            domains: domains.iter().map(|s| s.to_string()).collect(),
            simhash: simhash(text),
        };
        let items = vec![
            item(&["+18885550142"], &[], "short"),
            item(&["+18885550142"], &["evil.example"], "short too"),
            item(&[], &["evil.example"], C),
            item(&[], &[], A),
            item(&[], &[], B),
            item(&["+12025550100"], &[], "alone"),
        ];
        let g = group(&items);
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].members, [0, 1, 2]);
        assert_eq!(g[0].phones, ["+18885550142"]);
        assert_eq!(g[0].domains, ["evil.example"]);
        assert!(!g[0].near_duplicates);
        assert_eq!(g[1].members, [3, 4]);
        assert!(g[1].near_duplicates);
    }
}
