//! Directory files (CSV and YAML) and indicator lists (CSV), read and written. Pure: text in,
//! values out. Every row is validated and reported by line; whether bad rows stop an import is
//! the caller's choice.

use serde::Serialize;
use time::OffsetDateTime;

use crate::{normalise_domain, normalise_phone, DirectoryEntry, EntryInput, Region, Seen};

/// A value confirmed in scams, with where it came from.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Indicator {
    #[serde(flatten)]
    pub seen: Seen,
    pub source: String,
    pub note: String,
}

/// A time as the store writes it: RFC 3339, UTC, microseconds, fixed width (sorts as text).
pub fn format_time(t: OffsetDateTime) -> String {
    let f = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z"
    );
    t.to_offset(time::UtcOffset::UTC)
        .format(&f)
        .unwrap_or_default()
}

/// Largest file an import reads: far above 100,000 entries (about 10 MB as CSV).
pub const MAX_IMPORT_BYTES: usize = 64 << 20;

/// Multi-valued cells of a CSV (phones, domains, …) separate their values with this.
pub const LIST_SEPARATOR: char = ';';

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Yaml,
}

impl Format {
    /// From a name (`csv`, `yaml`) or a file's extension.
    pub fn parse(s: &str) -> Option<Format> {
        let s = s.rsplit('.').next().unwrap_or(s).to_ascii_lowercase();
        match s.as_str() {
            "csv" => Some(Format::Csv),
            "yaml" | "yml" => Some(Format::Yaml),
            _ => None,
        }
    }
}

/// One row of a file: its line and the entry, or what is wrong with it.
#[derive(Debug, Clone)]
pub struct Row<T> {
    pub line: usize,
    pub result: Result<T, String>,
}

/// A file to import as text: within the size limit, and UTF-8 (the bad line named).
fn import_text(bytes: &[u8]) -> Result<&str, String> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(format!(
            "the file is larger than {} MiB",
            MAX_IMPORT_BYTES >> 20
        ));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        format!("line {line}: not valid UTF-8 text")
    })
}

const CSV_COLUMNS: &[&str] = &[
    "name",
    "role",
    "phones",
    "domains",
    "aliases",
    "websites",
    "note",
    "verified_by",
    "verified_at",
];

/// Reads a directory file. `Err` is a problem of the whole file (not UTF-8, a bad header, a
/// YAML syntax error); each row carries its own validation.
pub fn read_entries(
    bytes: &[u8],
    format: Format,
    region: Region,
) -> Result<Vec<Row<DirectoryEntry>>, String> {
    let text = import_text(bytes)?;
    let inputs = match format {
        Format::Csv => read_csv_inputs(text)?,
        Format::Yaml => read_yaml_inputs(text)?,
    };
    Ok(inputs
        .into_iter()
        .map(|(line, input)| Row {
            line,
            result: input.and_then(|i| i.validate(region, "imported")),
        })
        .collect())
}

/// No comment lines: `#1 Plumbing` is a name, and a row that starts with `#` is read (and
/// reported if it is wrong), never dropped in silence (issue 11, finding 11).
fn csv_reader(text: &str) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes())
}

fn header_map(
    reader: &mut csv::Reader<&[u8]>,
    known: &[&str],
    required: &[&str],
) -> Result<Vec<Option<usize>>, String> {
    let headers = reader
        .headers()
        .map_err(|e| format!("line 1: {e}"))?
        .clone();
    let mut map = vec![None; known.len()];
    for (i, h) in headers.iter().enumerate() {
        let h = h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase();
        match known.iter().position(|k| *k == h) {
            Some(k) if map[k].is_none() => map[k] = Some(i),
            Some(_) => return Err(format!("line 1: column {h:?} appears twice")),
            None => {
                return Err(format!(
                    "line 1: unknown column {h:?} (columns: {})",
                    known.join(", ")
                ))
            }
        }
    }
    for r in required {
        let k = known.iter().position(|k| k == r).unwrap_or(0);
        if map[k].is_none() {
            return Err(format!("line 1: the header has no {r:?} column"));
        }
    }
    Ok(map)
}

type Inputs = Vec<(usize, Result<EntryInput, String>)>;

fn read_csv_inputs(text: &str) -> Result<Inputs, String> {
    let mut reader = csv_reader(text);
    let map = header_map(&mut reader, CSV_COLUMNS, &["name", "role"])?;
    Ok(each_row(&mut reader, |record| {
        let cell = |k: usize| map[k].and_then(|i| record.get(i)).unwrap_or("").to_string();
        let list = |k: usize| -> Vec<String> {
            cell(k)
                .split(LIST_SEPARATOR)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        };
        let opt = |k: usize| Some(cell(k)).filter(|s| !s.is_empty());
        Ok(EntryInput {
            name: cell(0),
            role: cell(1),
            phones: list(2),
            domains: list(3),
            aliases: list(4),
            websites: list(5),
            note: cell(6),
            verified_by: opt(7),
            verified_at: opt(8),
        })
    }))
}

/// Every record after the header, read by `read`, with its line. A row the CSV reader cannot
/// split is reported and skipped like a bad entry.
fn each_row<T>(
    reader: &mut csv::Reader<&[u8]>,
    mut read: impl FnMut(&csv::StringRecord) -> Result<T, String>,
) -> Vec<(usize, Result<T, String>)> {
    let line = |p: Option<&csv::Position>| p.map_or(0, |p| p.line() as usize);
    reader
        .records()
        .map(|record| match record {
            Ok(r) => (line(r.position()), read(&r)),
            Err(e) => (line(e.position()), Err(csv_error(&e))),
        })
        .collect()
}

fn csv_error(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("{len} fields where the header has {expected_len}"),
        csv::ErrorKind::Utf8 { .. } => "not valid UTF-8 text".into(),
        _ => e.to_string(),
    }
}

/// A YAML file is a list of entries, each a mapping of the fields `name`, `role`, `phones`,
/// `domains`, `aliases`, `websites`, `note`, `verified_by`, `verified_at`.
fn read_yaml_inputs(text: &str) -> Result<Inputs, String> {
    let doc: serde_norway::Value =
        serde_norway::from_str(text).map_err(|e| match e.location() {
            Some(l) => format!("line {}: {e}", l.line()),
            None => e.to_string(),
        })?;
    let items = match doc {
        serde_norway::Value::Sequence(items) => items,
        serde_norway::Value::Null => Vec::new(),
        _ => {
            return Err("line 1: a directory file in YAML is a list of entries (- name: …)".into())
        }
    };
    // The line of each top-level item: its `-` in the first column.
    let starts: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with('-') && !l.starts_with("---"))
        .map(|(i, _)| i + 1)
        .collect();
    let lines_known = starts.len() == items.len();
    Ok(items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let line = if lines_known { starts[i] } else { i + 1 };
            let parsed = serde_norway::from_value::<EntryInput>(item).map_err(|e| {
                let m = e.to_string();
                if lines_known {
                    m
                } else {
                    format!("entry {}: {m}", i + 1)
                }
            });
            (line, parsed)
        })
        .collect())
}

/// A directory as CSV, with the header `read_entries` reads.
pub fn write_csv(entries: &[DirectoryEntry]) -> String {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    let _ = w.write_record(CSV_COLUMNS);
    let sep = LIST_SEPARATOR.to_string();
    for e in entries {
        let _ = w.write_record([
            e.name.as_str(),
            e.role.as_str(),
            &e.phones.join(&sep),
            &e.domains.join(&sep),
            &e.aliases.join(&sep),
            &e.websites.join(&sep),
            e.note.as_str(),
            e.verified_by.as_deref().unwrap_or(""),
            e.verified_at.as_deref().unwrap_or(""),
        ]);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[derive(Serialize)]
struct YamlEntry<'a> {
    name: &'a str,
    role: &'a str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    phones: &'a [String],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    domains: &'a [String],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    aliases: &'a [String],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    websites: &'a [String],
    #[serde(skip_serializing_if = "str::is_empty")]
    note: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    verified_by: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    verified_at: Option<&'a str>,
}

/// A directory as YAML, as `read_entries` reads it.
pub fn write_yaml(entries: &[DirectoryEntry]) -> String {
    let items: Vec<YamlEntry> = entries
        .iter()
        .map(|e| YamlEntry {
            name: &e.name,
            role: &e.role,
            phones: &e.phones,
            domains: &e.domains,
            aliases: &e.aliases,
            websites: &e.websites,
            note: &e.note,
            verified_by: e.verified_by.as_deref(),
            verified_at: e.verified_at.as_deref(),
        })
        .collect();
    if items.is_empty() {
        return "[]\n".into();
    }
    serde_norway::to_string(&items).unwrap_or_default()
}

const INDICATOR_COLUMNS: &[&str] = &["value", "kind", "count", "first_seen", "last_seen", "note"];

/// Reads a CSV of known scam numbers, domains or addresses: a `value` column, and optionally
/// `kind` (`phone`, `domain`, `url`; guessed when absent), `count`, `first_seen`, `last_seen`
/// (dates or RFC 3339 times) and `note`.
pub fn read_indicators(
    bytes: &[u8],
    region: Region,
    now: &str,
) -> Result<Vec<Row<Indicator>>, String> {
    let text = import_text(bytes)?;
    let mut reader = csv_reader(text);
    let map = header_map(&mut reader, INDICATOR_COLUMNS, &["value"])?;
    let rows = each_row(&mut reader, |record| {
        let cell = |k: usize| map[k].and_then(|i| record.get(i)).unwrap_or("").trim();
        let cells = [cell(0), cell(1), cell(2), cell(3), cell(4), cell(5)];
        indicator(cells, region, now)
    });
    Ok(rows
        .into_iter()
        .map(|(line, result)| Row { line, result })
        .collect())
}

/// One row's cells in [`INDICATOR_COLUMNS`] order.
fn indicator(cells: [&str; 6], region: Region, now: &str) -> Result<Indicator, String> {
    let [value, kind, count, first, last, note] = cells;
    if value.is_empty() {
        return Err("value is empty".into());
    }
    let kind = match kind.to_ascii_lowercase().as_str() {
        "" => guess_kind(value).to_string(),
        k @ ("phone" | "domain" | "url") => k.to_string(),
        k => return Err(format!("kind {k:?} is not phone, domain or url")),
    };
    let value = indicator_value(&kind, value, region)?;
    let count = match count {
        "" => 1,
        c => c
            .parse::<u64>()
            .ok()
            .filter(|&n| (1..=1_000_000_000).contains(&n))
            .ok_or_else(|| format!("count {c:?} is not a whole number from 1"))?,
    };
    let time = |t: &str, what: &str| -> Result<String, String> {
        match t {
            "" => Ok(now.to_string()),
            t => normalise_time(t).ok_or_else(|| format!("{what} {t:?} is not a date or time")),
        }
    };
    let first_seen = time(first, "first_seen")?;
    let last_seen = time(last, "last_seen")?;
    if first_seen > last_seen {
        return Err("first_seen is after last_seen".into());
    }
    if note.chars().count() > 500 {
        return Err("note is longer than 500 characters".into());
    }
    Ok(Indicator {
        seen: Seen {
            kind,
            value,
            count,
            first_seen,
            last_seen,
        },
        source: "imported".into(),
        note: note.to_string(),
    })
}

fn guess_kind(v: &str) -> &'static str {
    let lower = v.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        "url"
    } else if v
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c))
    {
        "phone"
    } else {
        "domain"
    }
}

/// An indicator's value as checks look it up: E.164 numbers; hosts lower-case without
/// `www.` (a subdomain stays: on a free host it is the scam, not the host); URLs with a
/// lower-case scheme and host.
pub fn indicator_value(kind: &str, raw: &str, region: Region) -> Result<String, String> {
    match kind {
        "phone" => normalise_phone(raw, region),
        "domain" => {
            normalise_domain(raw)?;
            let host = raw
                .trim()
                .rsplit('@')
                .next()
                .unwrap_or_default()
                .trim_end_matches('.')
                .to_ascii_lowercase();
            let host = idna::domain_to_ascii(&host)
                .map_err(|_| format!("domain {raw:?} is not a domain"))?;
            // Every leading `www.` goes, so that the value is its own normal form
            // (`www.www.x` once read as `www.x`, found by fuzzing).
            let mut value = host.as_str();
            while let Some(rest) = value.strip_prefix("www.") {
                value = rest;
            }
            // `www.example` is a host, but `example` alone is no domain (found by fuzzing).
            normalise_domain(value).map_err(|_| format!("domain {raw:?} is not a domain"))?;
            Ok(value.to_string())
        }
        "url" => {
            let w = crate::normalise_website(raw)?;
            if !raw.trim().to_ascii_lowercase().starts_with("http") {
                return Err(format!("url {raw:?} has no http:// or https://"));
            }
            Ok(w)
        }
        k => Err(format!("kind {k:?} is not phone, domain or url")),
    }
}

/// `2026-11-02` or an RFC 3339 time, as the store writes times.
pub fn normalise_time(t: &str) -> Option<String> {
    use time::format_description::well_known::Rfc3339;
    if let Ok(dt) = time::OffsetDateTime::parse(t, &Rfc3339) {
        return Some(format_time(dt));
    }
    let f = time::macros::format_description!("[year]-[month]-[day]");
    let d = time::Date::parse(t, &f).ok()?;
    Some(format_time(d.midnight().assume_utc()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_rows_are_read_and_checked_by_line() {
        let csv = "name,role,phones,domains\n\
                   Acme IT,it_support,+1 617 555 0100;617-555-0101,acme-it.com\n\
                   Bad Bank,bank,12,\n\
                   ,vendor,,\n";
        let rows = read_entries(csv.as_bytes(), Format::Csv, Region::US).unwrap();
        assert_eq!(rows.len(), 3);
        let ok = rows[0].result.as_ref().unwrap();
        assert_eq!(ok.phones, ["+16175550100", "+16175550101"]);
        assert_eq!(rows[1].line, 3);
        assert!(rows[1]
            .result
            .as_ref()
            .unwrap_err()
            .contains("phone \"12\""));
        assert_eq!(rows[2].line, 4);
        assert!(rows[2]
            .result
            .as_ref()
            .unwrap_err()
            .contains("name is empty"));
    }

    #[test]
    fn a_bad_header_or_row_shape_is_named() {
        let e = read_entries(b"name,colour\nx,y\n", Format::Csv, Region::US).unwrap_err();
        assert!(e.contains("unknown column \"colour\""), "{e}");
        let e = read_entries(b"name\nx\n", Format::Csv, Region::US).unwrap_err();
        assert!(e.contains("no \"role\" column"), "{e}");
        let rows = read_entries(b"name,role\na,bank,extra\n", Format::Csv, Region::US).unwrap();
        assert!(rows[0].result.as_ref().unwrap_err().contains("3 fields"));
        let e = read_entries(b"name,role\n\xff\xfe,bank\n", Format::Csv, Region::US).unwrap_err();
        assert!(e.contains("line 2"), "{e}");
    }

    #[test]
    fn yaml_items_carry_their_line() {
        let y = "- name: Acme IT\n  role: it_support\n  phones: [\"+1 617 555 0100\"]\n- name: Odd\n  role: bank\n  colour: red\n";
        let rows = read_entries(y.as_bytes(), Format::Yaml, Region::US).unwrap();
        assert!(rows[0].result.is_ok());
        assert_eq!(rows[1].line, 4);
        assert!(rows[1].result.as_ref().unwrap_err().contains("colour"));
        let e = read_entries(b"- name: [unclosed\n", Format::Yaml, Region::US).unwrap_err();
        assert!(e.starts_with("line "), "{e}");
    }

    #[test]
    fn files_written_read_back_the_same() {
        let e = EntryInput {
            name: "Acme IT, \"Helpdesk\"".into(),
            role: "it_support".into(),
            phones: vec!["+16175550100".into()],
            domains: vec!["acme-it.com".into()],
            aliases: vec!["Acme Helpdesk".into()],
            note: "Ask for Sam; line 2".into(),
            verified_at: Some("2026-11-01".into()),
            ..Default::default()
        }
        .validate(Region::US, "imported")
        .unwrap();
        for (format, text) in [
            (Format::Csv, write_csv(std::slice::from_ref(&e))),
            (Format::Yaml, write_yaml(std::slice::from_ref(&e))),
        ] {
            let rows = read_entries(text.as_bytes(), format, Region::US).unwrap();
            let back = rows[0].result.as_ref().unwrap();
            // A note with the list separator survives: it is not a list.
            assert_eq!(back, &e, "{format:?}\n{text}");
        }
    }

    /// Issue 11, finding 11: a name starting with `#` was written unquoted and then read as a
    /// comment; a typed `#` row vanished without an error.
    #[test]
    fn issue_11_a_leading_hash_is_data_not_a_comment() {
        let e = EntryInput {
            name: "#1 Plumbing".into(),
            role: "vendor".into(),
            phones: vec!["+16175550111".into()],
            ..Default::default()
        }
        .validate(Region::US, "imported")
        .unwrap();
        let text = write_csv(std::slice::from_ref(&e));
        let rows = read_entries(text.as_bytes(), Format::Csv, Region::US).unwrap();
        assert_eq!(rows.len(), 1, "{text}");
        assert_eq!(rows[0].result.as_ref().unwrap(), &e);

        let typed = "name,role\n# old entries below\n#2 Cleaning,vendor\n";
        let rows = read_entries(typed.as_bytes(), Format::Csv, Region::US).unwrap();
        assert_eq!(rows.len(), 2);
        assert!(
            rows[0].result.is_err(),
            "a row of one cell is an error, not lost"
        );
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[1].result.as_ref().unwrap().name, "#2 Cleaning");

        let csv = "value\n#evil.example\n";
        let rows = read_indicators(csv.as_bytes(), Region::US, "2026-11-25T00:00:00Z").unwrap();
        assert_eq!(rows.len(), 1);
        assert!(rows[0].result.is_err());
    }

    /// Found by the `transfer` fuzz target: `www.` taken off left a value that was no domain.
    #[test]
    fn an_indicator_is_a_domain_after_www_is_taken_off() {
        assert!(indicator_value("domain", "WWW.Paypalnoteiom", Region::US).is_err());
        assert_eq!(
            indicator_value("domain", "WWW.Paypal-Verify.com", Region::US).as_deref(),
            Ok("paypal-verify.com")
        );
        // Every `www.` goes, so the value read is its own normal form.
        assert!(indicator_value("domain", "WWW.WWW.Payplna-Veriobjeom", Region::US).is_err());
        let once = indicator_value("domain", "www.www.paypal-verify.com", Region::US).unwrap();
        assert_eq!(once, "paypal-verify.com");
        assert_eq!(
            indicator_value("domain", &once, Region::US),
            Ok(once.clone())
        );
    }

    #[test]
    fn indicators_are_normalised_and_kinds_guessed() {
        let csv = "value,first_seen\n1-888-555-0142,2026-10-02\nWWW.Paypal-Verify.com,\nhttps://Evil.example.net/login,\nnot a thing at all!,\n";
        let rows =
            read_indicators(csv.as_bytes(), Region::US, "2026-11-25T00:00:00.000000Z").unwrap();
        let seen: Vec<_> = rows
            .iter()
            .map(|r| {
                r.result
                    .as_ref()
                    .map(|i| (i.seen.kind.clone(), i.seen.value.clone()))
            })
            .collect();
        assert_eq!(seen[0], Ok(("phone".into(), "+18885550142".into())));
        assert_eq!(seen[1], Ok(("domain".into(), "paypal-verify.com".into())));
        assert_eq!(
            seen[2],
            Ok(("url".into(), "https://evil.example.net/login".into()))
        );
        assert!(seen[3].is_err());
        assert_eq!(
            rows[0].result.as_ref().unwrap().seen.first_seen,
            "2026-10-02T00:00:00.000000Z"
        );
    }
}
