//! `knownline eval --advice`: whether what a flagged contact's reader is told fits it — the
//! steps in the contact's language, steps of its true channel only, the scam family its label
//! names, and quotes that carry meaning. Read as `check` reads a contact: no `--lang`, no
//! `--country`, so the contact's own language decides.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use knownline_detect::{carries_meaning, locale, Assessment, Channel};

/// How one flagged contact's answer measured up.
#[derive(Debug, Clone)]
pub struct AdviceCheck {
    /// The case's language, when it is one the steps are written in.
    pub ours: bool,
    pub language_ok: bool,
    pub channel_ok: bool,
    /// None when the case's category names no family (`other`).
    pub family_ok: Option<bool>,
    pub quotes_ok: bool,
    /// What failed, for the list of misses.
    pub problems: Vec<String>,
}

/// The families whose advice fits a case's category (an empty list: any). Categories are the
/// evaluation sets' labels; the families are `knowledge/families.toml`'s.
fn fitting_families(category: &str) -> Option<&'static [&'static str]> {
    Some(match category {
        "bank" | "safe_account" => &["bank"],
        "account" => &["account", "bank"],
        "investment" => &["investment"],
        // Labelled by the brand: an exchange's "your code" or "sign-in" alert is an account
        // or code scam, and its advice fits.
        "crypto" => &["investment", "codes", "account"],
        "customs" => &["parcel", "government"],
        "family" => &["family"],
        "government" | "tax" | "toll_fine" | "benefits" => &["government"],
        "helpdesk" | "tech_support" | "refund" | "scareware" => &["tech_support"],
        // A charge the person never made, "call us to cancel": checking with their bank
        // on a number they know fits as well as tech support's advice.
        "invoice_callback" => &["tech_support", "bank"],
        "job" | "prize" | "advance_fee" => &["prize"],
        "mailbox" | "streaming" => &["account"],
        "mfa" => &["codes", "account"],
        "parcel" => &["parcel"],
        "police" => &["police"],
        "telecom" => &["utility", "account"],
        "utility" => &["utility"],
        _ => return None,
    })
}

/// Whether a step (by the channel part of its id) may be shown for a contact of `channel`.
fn step_fits(step_id: &str, channel: Channel) -> bool {
    let prefix = step_id.split('.').next().unwrap_or("");
    match prefix {
        "any" => true,
        "msg" => matches!(channel, Channel::Email | Channel::Sms),
        p => p == channel.as_str(),
    }
}

pub fn check(a: &Assessment, channel: Channel, category: &str, language: &str) -> AdviceCheck {
    let mut problems = Vec::new();
    let ours = locale::supported(language).is_some_and(|l| l == language);
    // The steps are in the contact's language when the engine chose it and the text written
    // really reads as it (numbers and names aside).
    let written = a
        .steps
        .iter()
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    // whatlang alone judges, not the quick reading the engine itself used.
    let reads_as = locale::detect_by_trigrams(&written);
    let language_ok = if ours {
        a.language == language && reads_as.is_none_or(|l| l == language)
    } else {
        a.language == locale::LANGUAGES[0]
    };
    if !language_ok {
        problems.push(format!(
            "steps in {} (read as {}), contact in {language}",
            a.language,
            reads_as.unwrap_or("?")
        ));
    }
    let wrong: Vec<&str> = a
        .steps
        .iter()
        .filter(|s| !step_fits(&s.id, channel))
        .map(|s| s.id.as_str())
        .collect();
    if !wrong.is_empty() {
        problems.push(format!("{channel} contact given {}", wrong.join(", ")));
    }
    let family_ok = fitting_families(category).map(|fit| {
        let ok = a.family.as_deref().is_some_and(|f| fit.contains(&f));
        if !ok {
            problems.push(format!(
                "{category} contact read as family {}",
                a.family.as_deref().unwrap_or("none")
            ));
        }
        ok
    });
    let bad_quotes: Vec<&str> = a
        .reasons
        .iter()
        .flat_map(|r| &r.quotes)
        .filter(|q| !carries_meaning(q))
        .map(String::as_str)
        .collect();
    if !bad_quotes.is_empty() {
        problems.push(format!("quotes saying nothing alone: {bad_quotes:?}"));
    }
    AdviceCheck {
        ours,
        language_ok,
        channel_ok: wrong.is_empty(),
        family_ok,
        quotes_ok: bad_quotes.is_empty(),
        problems,
    }
}

#[derive(Default)]
struct Tally {
    flagged: usize,
    language: usize,
    channel: usize,
    family: usize,
    family_known: usize,
    quotes: usize,
}

impl Tally {
    fn add(&mut self, c: &AdviceCheck) {
        self.flagged += 1;
        self.language += usize::from(c.language_ok);
        self.channel += usize::from(c.channel_ok);
        if let Some(ok) = c.family_ok {
            self.family_known += 1;
            self.family += usize::from(ok);
        }
        self.quotes += usize::from(c.quotes_ok);
    }

    fn row(&self, name: &str) -> String {
        let pct = |n: usize, of: usize| {
            if of == 0 {
                "    -".to_string()
            } else {
                format!("{:>5.1}", 100.0 * n as f64 / of as f64)
            }
        };
        format!(
            "{name:<28} {:>7} {} {} {} {}",
            self.flagged,
            pct(self.language, self.flagged),
            pct(self.channel, self.flagged),
            pct(self.family, self.family_known),
            pct(self.quotes, self.flagged),
        )
    }
}

/// One flagged contact: where it came from and how its answer measured up.
pub struct Flagged<'a> {
    pub id: &'a str,
    pub channel: Channel,
    pub language: &'a str,
    pub check: &'a AdviceCheck,
}

pub fn summary(flagged: &[Flagged<'_>], max_misses: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Advice for flagged contacts (scam or suspicious), as `check` gives it without --lang:\n\
         lang% = steps in the contact's language (outside {}: in English); channel% = only \
         steps of the contact's channel; family% = the family its category names (of those \
         with one); quotes% = every quote carries meaning.\n",
        locale::LANGUAGES.join(" ")
    );
    let _ = writeln!(
        out,
        "{:<28} {:>7} {:>5} {:>5} {:>5} {:>5}",
        "group", "flagged", "lang%", "chan%", "fam%", "quot%"
    );
    let mut ours = Tally::default();
    let mut others = Tally::default();
    let mut by_channel: BTreeMap<Channel, Tally> = BTreeMap::new();
    let mut by_lang: BTreeMap<&str, Tally> = BTreeMap::new();
    for f in flagged {
        if f.check.ours {
            ours.add(f.check);
            by_channel.entry(f.channel).or_default().add(f.check);
        } else {
            others.add(f.check);
        }
        by_lang.entry(f.language).or_default().add(f.check);
    }
    let _ = writeln!(out, "{}", ours.row("all, our languages"));
    for (ch, t) in &by_channel {
        let _ = writeln!(out, "{}", t.row(&format!("  {ch}")));
    }
    for (lang, t) in &by_lang {
        let _ = writeln!(out, "{}", t.row(&format!("  language {lang}")));
    }
    let _ = writeln!(out, "{}", others.row("other languages"));
    let misses: Vec<&Flagged> = flagged
        .iter()
        .filter(|f| !f.check.problems.is_empty())
        .collect();
    if !misses.is_empty() {
        let _ = writeln!(out, "\nAnswers that did not fit ({}):", misses.len());
        for f in misses.iter().take(max_misses) {
            let _ = writeln!(out, "  {:<24} {}", f.id, f.check.problems.join("; "));
        }
    }
    out
}

/// How often the contact's language is read as its label says, by the engine's quick reading
/// and by whatlang's trigrams alone, over every labelled case.
pub fn language_summary(records: &[crate::eval::Record]) -> String {
    let labelled: Vec<&crate::eval::Record> =
        records.iter().filter(|r| r.language != "-").collect();
    if labelled.is_empty() {
        return String::new();
    }
    let share = |n: usize| 100.0 * n as f64 / labelled.len() as f64;
    let quick = labelled
        .iter()
        .filter(|r| r.read_language.as_deref() == Some(r.language.as_str()))
        .count();
    let trigrams = labelled
        .iter()
        .filter(|r| r.trigram_language == Some(r.language.as_str()))
        .count();
    format!(
        "\nContact language read as labelled, {} cases: engine {:.1}%, whatlang alone {:.1}%\n",
        labelled.len(),
        share(quick),
        share(trigrams)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_fit_their_channel_by_id() {
        assert!(step_fits("call.hang_up_it", Channel::Call));
        assert!(!step_fits("call.hang_up_it", Channel::Sms));
        assert!(step_fits("msg.check_bank", Channel::Email));
        assert!(!step_fits("msg.check_bank", Channel::Popup));
        assert!(step_fits("any.report_fraud", Channel::Popup));
        assert!(!step_fits("popup.close", Channel::Call));
    }

    #[test]
    fn categories_name_families_and_other_names_none() {
        assert_eq!(fitting_families("safe_account"), Some(&["bank"][..]));
        assert_eq!(fitting_families("other"), None);
    }
}
