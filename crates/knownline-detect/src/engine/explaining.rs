//! Explaining: each signal's sentence, filled with the words that fired it, quoted from the
//! original contact; the words that weighed most in the text model; the order signals are
//! shown in.

use crate::assessment::{Evidence, Reason, Signal};
use crate::contact::{Contact, Field};
use crate::features::{self, Token};
use crate::locale::Locales;
use crate::model::{Model, TextModel};
use crate::pack::Pack;

use super::reading::{text_tokens, Doc, Ev, Mask};

/// A signal for each rule that fired; rules of the unsolicited-support tactic are left out
/// when the contact comes from the organisation's own IT support.
pub(super) fn rule_signals(
    pack: &Pack,
    model: &Model,
    doc: &Doc,
    contact: &Contact,
    fired: &[(usize, Vec<Ev>)],
    from_it_support: bool,
) -> Vec<Signal> {
    let mut signals = Vec::new();
    for (idx, evs) in fired {
        let rule = &pack.rules[*idx];
        if from_it_support && rule.tactic == "unsolicited_support" {
            continue;
        }
        let evidence = render_evidence(doc, contact, evs);
        signals.push(Signal {
            id: rule.id.clone(),
            tactic: rule.tactic.clone(),
            title: rule.title.clone(),
            explanation: explain(&rule.explain, &evidence),
            weight: model.rule_weights[*idx],
            evidence,
        });
    }
    signals
}

/// The text model's signal: the words of the contact that pushed it most towards a scam.
pub(super) fn text_signal(
    contact: &Contact,
    doc: &Doc,
    masks: &[Mask],
    model: &TextModel,
    weight: f32,
) -> Option<Signal> {
    let mut tokens = Vec::new();
    text_tokens(doc, masks, &mut tokens);
    let terms = top_terms(&tokens, model);
    if terms.is_empty() {
        return None;
    }
    let words: Vec<String> = terms.iter().map(|(t, _)| t.clone()).collect();
    let texts: Vec<&str> = contact.parts.iter().map(|p| p.text.as_str()).collect();
    let sentence = crate::text::best_sentence(&texts, &words);
    let mut quotes: Vec<Evidence> = terms
        .iter()
        .take(4)
        .map(|(t, _)| Evidence {
            field: Field::Body,
            quote: t.clone(),
            start: None,
            end: None,
            finding: false,
            context: None,
        })
        .collect();
    if let Some(first) = quotes.first_mut() {
        first.context = sentence;
    }
    Some(Signal {
        id: "text.resembles_scams".into(),
        tactic: "text_model".into(),
        title: "Worded like known scams".into(),
        explanation: explain(
            "The wording is close to scams we have seen before ({evidence}).",
            &quotes,
        ),
        weight,
        evidence: quotes,
    })
}

/// The reasons a person reads: the signals merged by tactic, each named in their language by
/// its tactic and quoting what carries meaning — a phrase, the sentence a short quote sits
/// in, a number, a link, a name. Strongest first; the text model's reason last.
pub(super) fn reasons(signals: &[Signal], locales: &Locales, lang: &str) -> Vec<Reason> {
    let mut out: Vec<Reason> = Vec::new();
    // A quote an earlier reason already shows is repeated only when a reason has no other.
    let mut shown: Vec<String> = Vec::new();
    let mut spare: Vec<(usize, String)> = Vec::new();
    // `signals` are ordered strongest first, so each tactic's first signal names its reason.
    for s in signals {
        let i = match out.iter().position(|r| r.tactic == s.tactic) {
            Some(i) => i,
            None => {
                out.push(Reason {
                    tactic: s.tactic.clone(),
                    title: locales.word(lang, &format!("tactic-{}", s.tactic)),
                    quotes: Vec::new(),
                    signals: Vec::new(),
                    weight: s.weight,
                });
                out.len() - 1
            }
        };
        let r = &mut out[i];
        r.signals.push(s.id.clone());
        if r.quotes.len() >= 2 {
            continue;
        }
        // In the rule's order; a name or a lone word is shown in its sentence, and only as
        // a reason's first quote (else "Windows" would illustrate a demand for gift cards).
        let mut candidates: Vec<(bool, String)> = Vec::new();
        for e in &s.evidence {
            if s.tactic == "text_model" {
                // The text model's words are picked one by one: their sentence says more.
                if let Some(c) = &e.context {
                    candidates.push((true, c.clone()));
                }
            } else if e.finding || crate::text::is_strong_quote(&e.quote) {
                candidates.push((true, e.quote.clone()));
            } else if let Some(c) = e
                .context
                .as_ref()
                .filter(|c| crate::text::carries_meaning(c))
            {
                candidates.push((false, c.clone()));
            } else if crate::text::carries_meaning(&e.quote) {
                candidates.push((false, e.quote.clone()));
            }
        }
        for (strong, q) in candidates {
            if r.quotes.len() >= 2 {
                break;
            }
            if !strong && !r.quotes.is_empty() {
                continue;
            }
            let q = crate::text::truncate_at_char(&q, crate::text::MAX_SENTENCE).to_string();
            let lower = q.to_lowercase();
            // A quote inside a longer one already shown adds nothing; a longer one replaces it.
            if r.quotes.iter().any(|o| o.to_lowercase().contains(&lower)) {
                continue;
            }
            // Shown already by another reason, in full or inside a longer quote (a sentence
            // around a phrase shown elsewhere still says something new).
            if shown.iter().any(|o| o.contains(&lower)) {
                spare.push((i, q));
                continue;
            }
            r.quotes.retain(|o| !lower.contains(&o.to_lowercase()));
            shown.push(lower);
            r.quotes.push(q);
        }
    }
    for (i, q) in spare {
        if out[i].quotes.is_empty() {
            out[i].quotes.push(q);
        }
    }
    out.retain(|r| !r.quotes.is_empty() || r.tactic != "text_model");
    out
}

/// Rules first, strongest first: their sentences explain; the text model's words last.
pub(super) fn order(signals: &mut [Signal]) {
    signals.sort_by(|a, b| {
        (a.tactic == "text_model")
            .cmp(&(b.tactic == "text_model"))
            .then(b.weight.total_cmp(&a.weight))
            .then_with(|| a.id.cmp(&b.id))
    });
}

fn render_evidence(doc: &Doc, contact: &Contact, evs: &[Ev]) -> Vec<Evidence> {
    let mut out: Vec<Evidence> = Vec::new();
    for ev in evs {
        let e = match ev {
            Ev::Doc(span) => doc.evidence(contact, *span),
            Ev::Note(field, quote) | Ev::Finding(field, quote) => Some(Evidence {
                field: *field,
                quote: quote.clone(),
                start: None,
                end: None,
                finding: matches!(ev, Ev::Finding(..)),
                context: None,
            }),
        };
        if let Some(e) = e {
            if e.quote.is_empty() {
                continue;
            }
            if !out.iter().any(|o| o.quote.eq_ignore_ascii_case(&e.quote)) {
                out.push(e);
            }
        }
        if out.len() >= 6 {
            break;
        }
    }
    out
}

/// Fills `{evidence}` with the quoted words.
fn explain(template: &str, evidence: &[Evidence]) -> String {
    // Words quoted from the contact explain best; findings (a header, a page behaviour) are
    // described, not quoted, and used only when no words were found.
    let words: Vec<&Evidence> = evidence.iter().filter(|e| !e.finding).take(3).collect();
    let joined = if words.is_empty() {
        evidence
            .iter()
            .take(2)
            .map(|e| crate::text::truncate_at_char(&e.quote, 120).to_string())
            .collect::<Vec<_>>()
            .join("; ")
    } else {
        words
            .iter()
            .map(|e| format!("“{}”", crate::text::truncate_at_char(&e.quote, 120)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if template.contains("{evidence}") {
        template.replace("{evidence}", &joined)
    } else {
        template.to_string()
    }
}

/// The words of a document that pushed the text model most towards a scam.
fn top_terms(tokens: &[Token<'_>], model: &TextModel) -> Vec<(String, u32)> {
    fn word<'a>(t: Token<'a>) -> Option<&'a str> {
        match t {
            Token::Word(w) => Some(w),
            Token::Mask(_) => None,
        }
    }
    // (weight, token index, whether the pair ending at it): strings are built for the few
    // terms shown, not for every token.
    let mut scored: Vec<(f32, usize, bool)> = Vec::new();
    for (i, &t) in tokens.iter().enumerate() {
        if word(t).is_none() {
            continue;
        }
        let w = model.weights[features::unigram_bucket(t) as usize];
        if w > 0.3 {
            scored.push((w, i, false));
        }
        if i > 0 && word(tokens[i - 1]).is_some() {
            let b = features::bigram_bucket(tokens[i - 1], t);
            let w = model.weights[b as usize];
            if w > 0.3 {
                scored.push((w, i, true));
            }
        }
    }
    scored.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut out: Vec<(String, u32)> = Vec::new();
    for (_, i, pair) in scored {
        if out.len() >= 4 {
            break;
        }
        let (term, bucket) = match (pair, word(tokens[i])) {
            (false, Some(w)) => (w.to_string(), features::unigram_bucket(tokens[i])),
            (true, Some(w)) => (
                format!("{} {w}", word(tokens[i - 1]).unwrap_or_default()),
                features::bigram_bucket(tokens[i - 1], tokens[i]),
            ),
            _ => continue,
        };
        if out
            .iter()
            .any(|(t, _)| t.contains(&term) || term.contains(t.as_str()))
        {
            continue;
        }
        out.push((term, bucket));
    }
    out
}
