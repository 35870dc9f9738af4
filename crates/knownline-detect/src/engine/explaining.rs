//! Explaining: each signal's sentence, filled with the words that fired it, quoted from the
//! original contact; the words that weighed most in the text model; the order signals are
//! shown in.

use crate::assessment::{Evidence, Signal};
use crate::contact::{Contact, Field};
use crate::features::{self, Token};
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
    let quotes: Vec<Evidence> = terms
        .iter()
        .take(4)
        .map(|(t, _)| Evidence {
            field: Field::Body,
            quote: t.clone(),
            start: None,
            end: None,
            finding: false,
        })
        .collect();
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
