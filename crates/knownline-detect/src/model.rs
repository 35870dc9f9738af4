//! Scoring: a logistic model over the signals that fired and a hashed word n-gram text model,
//! and the trainer that learns both from labelled cases.
//!
//! score = σ(bias[channel] + Σ weight[rule] over fired rules + text_weight · text_logit)
//!
//! Rule weights and `text_weight` are kept at or above zero, so a signal that fires never
//! lowers the score. The text model reads words the rules never foresaw; it is trained on
//! words and word pairs only — no numbers, dates, addresses, URLs or speaker names — so it
//! cannot learn the corpora's dates or obfuscated addresses.
//!
//! Both learners are written here rather than taken from a crate: they are a few dozen lines
//! each, need sparse hashed features (2^18 columns) that dense-matrix crates would store in
//! full, and must give byte-identical files for the same data.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::contact::Channel;
use crate::error::LoadError;

/// The lowest text-model logit the score uses. Wording unlike any scam seen in training is
/// weak evidence of safety on contacts unlike the training corpora (a scam call full of small
/// talk), so it may lower the score a little but can never cancel the rules that fired.
pub const TEXT_LOGIT_FLOOR: f32 = -1.0;

/// The fewest text features (distinct words and word pairs: three tokens give five) the text
/// model needs to say anything. A bare phone number or link is one masked token: its wording
/// says nothing, and a model that learned "a message that is only a number" from spam corpora
/// would otherwise flag every number someone types in to check.
pub const MIN_TEXT_FEATURES: usize = 5;

/// The text-model logit as the score uses it.
pub fn text_evidence(logit: f32) -> f32 {
    logit.max(TEXT_LOGIT_FLOOR)
}

/// Bits of the hashed feature space of the text model.
pub const TEXT_BITS: u32 = 20;
const TEXT_MAGIC: &[u8; 6] = b"KLTM2\n";

/// Decision thresholds of one channel.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Thresholds {
    pub suspicious: f32,
    pub scam: f32,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            suspicious: 0.5,
            scam: 0.85,
        }
    }
}

/// The learned parameters, as stored in `model/model.toml`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ModelFile {
    pub version: u32,
    /// What the model was trained on: case counts, for the reader.
    #[serde(default)]
    pub trained_on: BTreeMap<String, u64>,
    pub bias: BTreeMap<String, f32>,
    pub text_weight: f32,
    pub thresholds: BTreeMap<String, Thresholds>,
    pub rules: BTreeMap<String, f32>,
}

/// The model the engine scores with, resolved against a pack.
#[derive(Debug, Clone)]
pub struct Model {
    pub bias: [f32; 4],
    pub rule_weights: Vec<f32>,
    pub text_weight: f32,
    pub thresholds: [Thresholds; 4],
    pub text: Option<TextModel>,
}

impl Model {
    /// The model before any training: the rule authors' weights and a prior that most
    /// contacts are not scams.
    pub fn untrained(priors: &[f32]) -> Model {
        Model {
            bias: [-2.5; 4],
            rule_weights: priors.to_vec(),
            text_weight: 0.0,
            thresholds: [Thresholds::default(); 4],
            text: None,
        }
    }

    /// Resolves a model file against the pack's rules; rules the file does not know keep
    /// their authors' weight.
    pub fn from_file(
        file: &ModelFile,
        rule_ids: &[&str],
        priors: &[f32],
        text: Option<TextModel>,
    ) -> Result<Model, LoadError> {
        if file.version != 1 {
            return Err(LoadError::Model {
                message: format!("unsupported model version {}", file.version),
            });
        }
        let mut model = Model::untrained(priors);
        for c in Channel::ALL {
            if let Some(&b) = file.bias.get(c.as_str()) {
                model.bias[c.index()] = b;
            }
            if let Some(&t) = file.thresholds.get(c.as_str()) {
                if !(0.0..=1.0).contains(&t.suspicious) || !(t.suspicious..=1.0).contains(&t.scam) {
                    return Err(LoadError::Model {
                        message: format!(
                            "thresholds of {c} must satisfy 0 <= suspicious <= scam <= 1"
                        ),
                    });
                }
                model.thresholds[c.index()] = t;
            }
        }
        for (i, id) in rule_ids.iter().enumerate() {
            if let Some(&w) = file.rules.get(*id) {
                if !(w >= 0.0 && w.is_finite()) {
                    return Err(LoadError::Model {
                        message: format!("rule {id}: weight {w} must be finite and >= 0"),
                    });
                }
                model.rule_weights[i] = w;
            }
        }
        if !(file.text_weight >= 0.0 && file.text_weight.is_finite()) {
            return Err(LoadError::Model {
                message: "text_weight must be finite and >= 0".into(),
            });
        }
        model.text_weight = file.text_weight;
        model.text = text;
        Ok(model)
    }

    pub fn parse_file(text: &str) -> Result<ModelFile, LoadError> {
        toml::from_str(text).map_err(|e| LoadError::Model {
            message: e.to_string(),
        })
    }
}

pub fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// A linear model over hashed word and word-pair features.
#[derive(Debug, Clone, PartialEq)]
pub struct TextModel {
    pub bias: f32,
    pub weights: Vec<f32>,
}

impl TextModel {
    /// The logit of a document given its sorted, distinct feature buckets.
    pub fn logit(&self, features: &[u32]) -> f32 {
        if features.is_empty() {
            return self.bias;
        }
        let sum: f32 = features
            .iter()
            .map(|&f| self.weights.get(f as usize).copied().unwrap_or(0.0))
            .sum();
        self.bias + sum / (features.len() as f32).sqrt()
    }

    /// Serialises to the compact file format: a header, then each weight as a little-endian
    /// i16 scaled by `scale`.
    pub fn to_bytes(&self) -> Vec<u8> {
        let max = self
            .weights
            .iter()
            .fold(0f32, |m, w| m.max(w.abs()))
            .max(1e-6);
        let scale = max / i16::MAX as f32;
        let mut out = Vec::with_capacity(16 + self.weights.len() * 2);
        out.extend_from_slice(TEXT_MAGIC);
        out.extend_from_slice(&(self.weights.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.bias.to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for w in &self.weights {
            out.extend_from_slice(&((w / scale).round() as i16).to_le_bytes());
        }
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<TextModel, LoadError> {
        let err = |m: &str| LoadError::Model {
            message: format!("text model: {m}"),
        };
        let rest = bytes
            .strip_prefix(TEXT_MAGIC.as_slice())
            .ok_or_else(|| err("not a knownline text model (bad header)"))?;
        if rest.len() < 12 {
            return Err(err("truncated header"));
        }
        let n = u32::from_le_bytes(rest[0..4].try_into().expect("4 bytes")) as usize;
        let bias = f32::from_le_bytes(rest[4..8].try_into().expect("4 bytes"));
        let scale = f32::from_le_bytes(rest[8..12].try_into().expect("4 bytes"));
        if n != 1 << TEXT_BITS {
            return Err(err("feature space of the wrong size"));
        }
        let body = &rest[12..];
        if body.len() != n * 2 {
            return Err(err("truncated weights"));
        }
        if !bias.is_finite() || !scale.is_finite() {
            return Err(err("weights are not finite"));
        }
        let weights = body
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]) as f32 * scale)
            .collect();
        Ok(TextModel { bias, weights })
    }
}

/// One labelled example for the text model: its feature buckets, label and weight.
pub struct TextExample {
    pub features: Vec<u32>,
    pub scam: bool,
    pub weight: f32,
}

/// Trains the text model with AdaGrad over a fixed pseudo-random order: same data, same
/// weights, bit for bit.
pub fn train_text(examples: &[TextExample], epochs: usize, l2: f32) -> TextModel {
    let dim = 1usize << TEXT_BITS;
    let mut w = vec![0f32; dim];
    let mut g2 = vec![1e-3f32; dim];
    let mut bias = 0f32;
    let mut bias_g2 = 1e-3f32;
    let lr = 0.3f32;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    for _ in 0..epochs {
        // Fisher-Yates with a fixed xorshift: deterministic shuffling.
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let j = (seed % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &k in &order {
            let ex = &examples[k];
            if ex.features.is_empty() {
                continue;
            }
            let norm = 1.0 / (ex.features.len() as f32).sqrt();
            let z = bias + ex.features.iter().map(|&f| w[f as usize]).sum::<f32>() * norm;
            let y = if ex.scam { 1.0 } else { 0.0 };
            let err = (sigmoid(z) - y) * ex.weight;
            for &f in &ex.features {
                let f = f as usize;
                let g = err * norm + l2 * w[f];
                g2[f] += g * g;
                w[f] -= lr * g / g2[f].sqrt();
            }
            bias_g2 += err * err;
            bias -= lr * err / bias_g2.sqrt();
        }
    }
    TextModel { bias, weights: w }
}

/// One labelled example for the final model: channel, fired rules, text-model logit.
pub struct ScoreExample {
    pub channel: Channel,
    pub fired: Vec<usize>,
    pub text_logit: f32,
    pub scam: bool,
    pub weight: f32,
}

/// The learned combination of signals.
pub struct Combination {
    pub bias: [f32; 4],
    pub rule_weights: Vec<f32>,
    pub text_weight: f32,
}

/// Fits the final logistic model by projected gradient descent (Adam), shrinking each rule
/// weight towards its author's prior, so a rule seldom seen in training keeps its prior.
pub fn train_combination(
    examples: &[ScoreExample],
    priors: &[f32],
    iterations: usize,
) -> Combination {
    let n_rules = priors.len();
    // Parameters: 4 biases, rule weights, text weight.
    let n = 4 + n_rules + 1;
    let mut p = vec![0f32; n];
    p[..4].fill(-2.0);
    p[4..4 + n_rules].copy_from_slice(priors);
    p[n - 1] = 0.5;
    let (mut m, mut v) = (vec![0f32; n], vec![0f32; n]);
    let (b1, b2, lr) = (0.9f32, 0.999f32, 0.05f32);
    let prior_strength = 0.05f32;
    let total_weight: f32 = examples.iter().map(|e| e.weight).sum::<f32>().max(1e-6);
    for t in 1..=iterations {
        let mut g = vec![0f32; n];
        for ex in examples {
            let mut z = p[ex.channel.index()] + p[n - 1] * ex.text_logit;
            for &r in &ex.fired {
                z += p[4 + r];
            }
            let y = if ex.scam { 1.0 } else { 0.0 };
            let err = (sigmoid(z) - y) * ex.weight / total_weight;
            g[ex.channel.index()] += err;
            g[n - 1] += err * ex.text_logit;
            for &r in &ex.fired {
                g[4 + r] += err;
            }
        }
        for r in 0..n_rules {
            g[4 + r] += prior_strength * (p[4 + r] - priors[r]) / n_rules.max(1) as f32;
        }
        for i in 0..n {
            m[i] = b1 * m[i] + (1.0 - b1) * g[i];
            v[i] = b2 * v[i] + (1.0 - b2) * g[i] * g[i];
            let mh = m[i] / (1.0 - b1.powi(t as i32));
            let vh = v[i] / (1.0 - b2.powi(t as i32));
            p[i] -= lr * mh / (vh.sqrt() + 1e-8);
            if i >= 4 {
                // A signal never lowers the score; no weight runs away either.
                p[i] = p[i].clamp(0.0, 8.0);
            }
        }
    }
    Combination {
        bias: [p[0], p[1], p[2], p[3]],
        rule_weights: p[4..4 + n_rules].to_vec(),
        text_weight: p[n - 1],
    }
}

/// Writes a model file in a stable order with rounded figures, so that the same data gives
/// the same file.
pub fn write_model_file(file: &ModelFile) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Written by `knownline train`. Same data, same file.");
    let _ = writeln!(out, "version = {}", file.version);
    let _ = writeln!(out, "text_weight = {:.4}", file.text_weight);
    let _ = writeln!(out, "\n[trained_on]");
    for (k, v) in &file.trained_on {
        let _ = writeln!(out, "{k:?} = {v}");
    }
    let _ = writeln!(out, "\n[bias]");
    for (k, v) in &file.bias {
        let _ = writeln!(out, "{k} = {v:.4}");
    }
    for (k, t) in &file.thresholds {
        let _ = writeln!(out, "\n[thresholds.{k}]");
        let _ = writeln!(out, "suspicious = {:.4}", t.suspicious);
        let _ = writeln!(out, "scam = {:.4}", t.scam);
    }
    let _ = writeln!(out, "\n[rules]");
    for (k, v) in &file.rules {
        let _ = writeln!(out, "{k:?} = {v:.4}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_model_round_trips() {
        let mut weights = vec![0f32; 1 << TEXT_BITS];
        weights[7] = 1.5;
        weights[99] = -0.25;
        let m = TextModel {
            bias: -0.5,
            weights,
        };
        let back = TextModel::from_bytes(&m.to_bytes()).unwrap();
        assert!((back.weights[7] - 1.5).abs() < 1e-3);
        assert!((back.weights[99] + 0.25).abs() < 1e-3);
        assert!(TextModel::from_bytes(b"KLTM2\nshort").is_err());
        assert!(TextModel::from_bytes(b"garbage").is_err());
    }

    #[test]
    fn combination_learns_and_stays_non_negative() {
        let mut ex = Vec::new();
        for i in 0..200 {
            let scam = i % 2 == 0;
            ex.push(ScoreExample {
                channel: Channel::Sms,
                fired: if scam { vec![0] } else { vec![1] },
                text_logit: 0.0,
                scam,
                weight: 1.0,
            });
        }
        let c = train_combination(&ex, &[1.0, 1.0], 500);
        assert!(c.rule_weights[0] > 2.0, "{:?}", c.rule_weights);
        assert!(c.rule_weights[1] >= 0.0 && c.rule_weights[1] < 0.5);
    }
}
