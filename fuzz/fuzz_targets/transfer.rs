//! Directory files (CSV, YAML) and indicator lists (CSV): read, written and read again. What
//! was read must come back the same, and an exported indicator's STIX pattern must hold its
//! value exactly.
#![no_main]

use knownline_detect::stix;
use knownline_detect::transfer::{self, Format, Indicator};
use knownline_detect::Region;
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    common::init();
    let Some((&which, bytes)) = data.split_first() else {
        return;
    };
    match which % 3 {
        0 => entries(bytes, Format::Csv),
        1 => entries(bytes, Format::Yaml),
        _ => indicators(bytes),
    }
});

fn entries(bytes: &[u8], format: Format) {
    let Ok(rows) = transfer::read_entries(bytes, format, Region::US) else {
        return;
    };
    let read: Vec<_> = rows.into_iter().filter_map(|r| r.result.ok()).collect();
    for (format, text) in [
        (Format::Csv, transfer::write_csv(&read)),
        (Format::Yaml, transfer::write_yaml(&read)),
    ] {
        let back = transfer::read_entries(text.as_bytes(), format, Region::US)
            .unwrap_or_else(|e| panic!("{format:?} written is not read: {e}\n{text}"));
        assert_eq!(back.len(), read.len(), "{format:?}\n{text}");
        for (b, r) in back.iter().zip(&read) {
            let b = b
                .result
                .as_ref()
                .unwrap_or_else(|e| panic!("{format:?}: {e}\n{text}"));
            assert_eq!(b, r, "{format:?}\n{text}");
        }
    }
}

fn indicators(bytes: &[u8]) {
    let now = "2026-12-01T00:00:00.000000Z";
    let Ok(rows) = transfer::read_indicators(bytes, Region::US, now) else {
        return;
    };
    let read: Vec<Indicator> = rows.into_iter().filter_map(|r| r.result.ok()).collect();
    for i in &read {
        // A value as checks look it up is its own normal form.
        let again = transfer::indicator_value(&i.seen.kind, &i.seen.value, Region::US);
        assert_eq!(again.as_deref(), Ok(i.seen.value.as_str()), "{:?}", i.seen);
    }
    let bundle = stix::bundle(&read, &[], now);
    let objects = bundle["objects"]
        .as_array()
        .map_or(&[][..], |o| o.as_slice());
    let patterns: Vec<&str> = objects
        .iter()
        .filter_map(|o| o["pattern"].as_str())
        .collect();
    assert_eq!(patterns.len(), read.len());
    for (p, i) in patterns.iter().zip(&read) {
        assert_eq!(unquote(p).as_deref(), Some(i.seen.value.as_str()), "{p}");
    }
}

/// The literal of `[object:value = '…']`, unescaped.
fn unquote(pattern: &str) -> Option<String> {
    let inner = pattern.split_once(" = '")?.1.strip_suffix("']")?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(chars.next()?),
            '\'' => return None, // an unescaped quote would end the literal early
            c => out.push(c),
        }
    }
    Some(out)
}
