//! Indicators as a STIX 2.1 bundle, for threat-intelligence platforms.
//!
//! Domains and URLs use STIX's own observables (`domain-name:value`, `url:value`). STIX 2.1
//! has no observable for a phone number, so numbers are written as
//! `[phone-number:value = '+18885550142']`: a custom object type in an otherwise standard
//! pattern. Platforms that only evaluate standard types import them as indicators they do
//! not match automatically; the name and description still carry the number.

use serde_json::{json, Value};
use uuid::Uuid;

use crate::transfer::Indicator;

/// Namespace of knownline's indicator ids: the same value always gets the same id, so a
/// platform that imports two exports updates one object instead of making two.
const NAMESPACE: Uuid = Uuid::from_u128(0x6b6e_6f77_6e6c_696e_6500_0000_0000_0001);

/// A STIX pattern string literal: quotes and backslashes escaped.
fn literal(v: &str) -> String {
    v.replace('\\', "\\\\").replace('\'', "\\'")
}

pub fn pattern(kind: &str, value: &str) -> String {
    let object = match kind {
        "phone" => "phone-number",
        "domain" => "domain-name",
        _ => "url",
    };
    format!("[{object}:value = '{}']", literal(value))
}

/// A bundle of the active indicators and, marked `revoked`, those taken off the list since
/// the previous export (modified `now`), so platforms that imported them drop them.
pub fn bundle(active: &[Indicator], revoked: &[Indicator], now: &str) -> Value {
    let objects: Vec<Value> = active
        .iter()
        .map(|i| (i, false))
        .chain(revoked.iter().map(|i| (i, true)))
        .map(|(i, revoked)| {
            let s = &i.seen;
            // STIX asks for version-4 ids: the bits of a name-based (v5) id, stamped as v4,
            // are as unpredictable as random ones and stay the same for the same value.
            let named = Uuid::new_v5(&NAMESPACE, format!("{}:{}", s.kind, s.value).as_bytes());
            let id = uuid::Builder::from_random_bytes(named.into_bytes()).into_uuid();
            let what = match s.kind.as_str() {
                "phone" => "Phone number",
                "domain" => "Domain",
                _ => "URL",
            };
            let mut description = format!(
                "{what} confirmed in social-engineering scams {} time{} (first seen {}, last seen {}); source: {}.",
                s.count,
                if s.count == 1 { "" } else { "s" },
                &s.first_seen,
                &s.last_seen,
                i.source
            );
            if !i.note.is_empty() {
                description.push(' ');
                description.push_str(&i.note);
            }
            let modified = if revoked {
                now.to_string()
            } else {
                s.last_seen.clone()
            };
            let mut v = json!({
                "type": "indicator",
                "spec_version": "2.1",
                "id": format!("indicator--{id}"),
                "created": s.first_seen,
                "modified": modified.max(s.first_seen.clone()),
                "name": format!("{what} used in scams: {}", s.value),
                "description": description,
                "indicator_types": ["malicious-activity"],
                "pattern": pattern(&s.kind, &s.value),
                "pattern_type": "stix",
                "pattern_version": "2.1",
                "valid_from": s.first_seen,
                "labels": ["social-engineering", format!("knownline-{}", s.kind)],
            });
            if revoked {
                v["revoked"] = true.into();
            }
            v
        })
        .collect();
    json!({
        "type": "bundle",
        "id": format!("bundle--{}", Uuid::new_v4()),
        "objects": objects,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Seen;

    #[test]
    fn patterns_escape_their_values() {
        assert_eq!(
            pattern("phone", "+18885550142"),
            "[phone-number:value = '+18885550142']"
        );
        assert_eq!(
            pattern("url", "https://x.example/a'b\\c"),
            "[url:value = 'https://x.example/a\\'b\\\\c']"
        );
        assert_eq!(
            pattern("domain", "evil.example"),
            "[domain-name:value = 'evil.example']"
        );
    }

    #[test]
    fn ids_are_stable_per_value() {
        let i = Indicator {
            seen: Seen {
                kind: "domain".into(),
                value: "evil.example".into(),
                count: 2,
                first_seen: "2026-10-02T00:00:00.000000Z".into(),
                last_seen: "2026-11-02T00:00:00.000000Z".into(),
            },
            source: "imported".into(),
            note: String::new(),
        };
        let now = "2026-12-01T00:00:00.000000Z";
        let a = bundle(std::slice::from_ref(&i), &[], now);
        let b = bundle(std::slice::from_ref(&i), &[], now);
        assert_eq!(a["objects"][0]["id"], b["objects"][0]["id"]);
        assert_ne!(a["id"], b["id"]);
        assert_eq!(a["objects"][0]["valid_from"], "2026-10-02T00:00:00.000000Z");
        assert!(a["objects"][0].get("revoked").is_none());
        // Revoked: the same object, modified later, so platforms replace it.
        let r = bundle(&[], std::slice::from_ref(&i), now);
        assert_eq!(r["objects"][0]["id"], a["objects"][0]["id"]);
        assert_eq!(r["objects"][0]["revoked"], true);
        assert_eq!(r["objects"][0]["modified"], now);
    }
}
