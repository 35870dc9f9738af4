//! `knownline train`: learns the model file from labelled cases (train split only).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use knownline_detect::{
    sigmoid, train_combination, train_text, write_model_file, Channel, Contact, Engine, ModelFile,
    ScoreExample, TextExample, Thresholds,
};
use rayon::prelude::*;

use crate::cases::{read_cases, source_name};

/// Share of legitimate training contacts of a channel allowed above each threshold.
const MAX_FLAGGED: f32 = 0.02;
const MAX_SCAM: f32 = 0.002;
const FOLDS: u64 = 5;
const EPOCHS: usize = 8;

struct View {
    channel: Channel,
    fired: Vec<usize>,
    features: Vec<u32>,
    scam: bool,
    fold: u64,
    /// Channel, label, source.
    group: (Channel, bool, String),
    language: String,
}

pub fn run(engine: &Engine, files: &[PathBuf], out: &Path) -> Result<()> {
    let mut views: Vec<View> = Vec::new();
    for file in files {
        let source = source_name(file);
        let cases = read_cases(file)?;
        let batch: Vec<View> = cases
            .par_iter()
            .filter(|c| c.split.as_deref().unwrap_or("train") == "train")
            .filter_map(|c| {
                let scam = c.is_scam()?;
                let channel = Channel::parse(&c.channel)?;
                let contact = Contact::parse(Some(channel), &c.content);
                let (fired, features) = engine.training_view(&contact);
                Some(View {
                    channel,
                    fired,
                    features,
                    scam,
                    fold: fnv(&c.id) % FOLDS,
                    group: (channel, scam, source.clone()),
                    language: c.language.as_deref().unwrap_or("und").to_ascii_lowercase(),
                })
            })
            .collect();
        eprintln!("{}: {} training cases", file.display(), batch.len());
        views.extend(batch);
    }
    anyhow::ensure!(
        !views.is_empty(),
        "no labelled training cases in the files given"
    );

    let weights = balance(&views);

    // Out-of-fold text logits, so the final model learns how far to trust the text model on
    // contacts it has not seen.
    let oof: Vec<Vec<(usize, f32)>> = (0..FOLDS)
        .into_par_iter()
        .map(|fold| {
            let examples: Vec<TextExample> = views
                .iter()
                .zip(&weights)
                .filter(|(v, _)| v.fold != fold)
                .map(|(v, w)| TextExample {
                    features: v.features.clone(),
                    scam: v.scam,
                    weight: *w,
                })
                .collect();
            let model = train_text(&examples, EPOCHS, 1e-6);
            views
                .iter()
                .enumerate()
                .filter(|(_, v)| v.fold == fold)
                .map(|(i, v)| (i, model.logit(&v.features)))
                .collect()
        })
        .collect();
    let mut text_logit = vec![0f32; views.len()];
    for (i, l) in oof.into_iter().flatten() {
        text_logit[i] = knownline_detect::text_evidence(l);
    }
    let all: Vec<TextExample> = views
        .iter()
        .zip(&weights)
        .map(|(v, w)| TextExample {
            features: v.features.clone(),
            scam: v.scam,
            weight: *w,
        })
        .collect();
    let text_model = train_text(&all, EPOCHS, 1e-6);

    let priors: Vec<f32> = engine.pack.rules.iter().map(|r| r.prior_weight).collect();
    let examples: Vec<ScoreExample> = views
        .iter()
        .zip(&weights)
        .zip(&text_logit)
        .map(|((v, w), t)| ScoreExample {
            channel: v.channel,
            fired: v.fired.clone(),
            text_logit: *t,
            scam: v.scam,
            weight: *w,
        })
        .collect();
    let combo = train_combination(&examples, &priors, 1500);

    // Thresholds per channel from the out-of-fold scores of legitimate contacts.
    let mut thresholds = BTreeMap::new();
    for ch in Channel::ALL {
        let mut legit: Vec<f32> = examples
            .iter()
            .filter(|e| e.channel == ch && !e.scam)
            .map(|e| {
                let z = combo.bias[ch.index()]
                    + combo.text_weight * e.text_logit
                    + e.fired.iter().map(|&r| combo.rule_weights[r]).sum::<f32>();
                sigmoid(z)
            })
            .collect();
        let mut t = Thresholds::default();
        if legit.len() >= 50 {
            legit.sort_by(|a, b| b.total_cmp(a));
            let at =
                |share: f32| legit[((legit.len() as f32 * share) as usize).min(legit.len() - 1)];
            t.suspicious = (at(MAX_FLAGGED) + 1e-4).clamp(0.5, 0.9);
            t.scam = (at(MAX_SCAM) + 1e-4).clamp(t.suspicious.max(0.8), 0.98);
        }
        thresholds.insert(ch.as_str().to_string(), t);
    }

    let mut trained_on: BTreeMap<String, u64> = BTreeMap::new();
    for v in &views {
        let g = &v.group;
        let key = format!("{}/{}/{}", g.0, if g.1 { "scam" } else { "legit" }, g.2);
        *trained_on.entry(key).or_default() += 1;
    }
    let file = ModelFile {
        version: 1,
        trained_on,
        bias: Channel::ALL
            .iter()
            .map(|c| (c.as_str().to_string(), combo.bias[c.index()]))
            .collect(),
        text_weight: combo.text_weight,
        thresholds,
        rules: engine
            .pack
            .rules
            .iter()
            .zip(&combo.rule_weights)
            .map(|(r, w)| (r.id.clone(), *w))
            .collect(),
    };
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let model_path = out.join("model.toml");
    std::fs::write(&model_path, write_model_file(&file))
        .with_context(|| format!("writing {}", model_path.display()))?;
    let text_path = out.join("text.bin");
    std::fs::write(&text_path, text_model.to_bytes())
        .with_context(|| format!("writing {}", text_path.display()))?;
    eprintln!(
        "trained on {} cases: wrote {} and {} (text weight {:.2})",
        views.len(),
        model_path.display(),
        text_path.display(),
        combo.text_weight
    );
    Ok(())
}

/// Training weights, averaging 1. Within a channel a language weighs by the square root of
/// its number of cases, and within a channel and language, scams and legitimate contacts
/// weigh the same: otherwise a language whose samples are mostly scams (ours) against one
/// with large legitimate corpora (English) teaches the model that the language itself is a
/// sign of a scam. Within that, a source weighs by the square root of its size, so a large
/// corpus does not drown a small one. Channels weigh the same.
fn balance(views: &[View]) -> Vec<f32> {
    type Key<'a> = (Channel, &'a str);
    let mut lang_n: BTreeMap<Key, usize> = BTreeMap::new();
    let mut group_n: BTreeMap<(&(Channel, bool, String), &str), usize> = BTreeMap::new();
    for v in views {
        *lang_n.entry((v.channel, &v.language)).or_default() += 1;
        *group_n.entry((&v.group, &v.language)).or_default() += 1;
    }
    // Mass of each (channel, language, label): its language's share of the channel, halved
    // between the labels present.
    let mut channel_mass: BTreeMap<Channel, f32> = BTreeMap::new();
    for ((ch, _), n) in &lang_n {
        *channel_mass.entry(*ch).or_default() += (*n as f32).sqrt();
    }
    let mut labels: BTreeMap<Key, [bool; 2]> = BTreeMap::new();
    let mut source_mass: BTreeMap<(Channel, &str, bool), f32> = BTreeMap::new();
    for ((g, lang), n) in &group_n {
        labels.entry((g.0, lang)).or_default()[g.1 as usize] = true;
        *source_mass.entry((g.0, lang, g.1)).or_default() += (*n as f32).sqrt();
    }
    let raw: Vec<f32> = views
        .iter()
        .map(|v| {
            let lang = v.language.as_str();
            let share = (lang_n[&(v.channel, lang)] as f32).sqrt() / channel_mass[&v.channel];
            let present = labels[&(v.channel, lang)].iter().filter(|&&b| b).count() as f32;
            let n = group_n[&(&v.group, lang)] as f32;
            share / present * n.sqrt() / (n * source_mass[&(v.channel, lang, v.group.1)])
        })
        .collect();
    let mean = raw.iter().sum::<f32>() / raw.len() as f32;
    raw.into_iter().map(|w| w / mean).collect()
}

fn fnv(s: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h
}
