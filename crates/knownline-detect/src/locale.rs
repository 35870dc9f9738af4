//! The person's language: the message catalogues (`knowledge/locales/<lang>.ftl`, Fluent) the
//! steps, reasons and titles are written from, which language to write in, and the
//! contact's own language when the person gave none.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use crate::error::LoadError;
use crate::pack::SourceFile;

/// The languages knownline writes in; the first is the fallback. Each needs a locale file
/// holding every message the others hold.
pub const LANGUAGES: &[&str] = &["en", "es", "fr", "de", "it", "pt", "nl"];

/// The message catalogues, one per language of [`LANGUAGES`].
pub struct Locales {
    bundles: Vec<(&'static str, FluentBundle<FluentResource>)>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let langs: Vec<&str> = self.bundles.iter().map(|(l, _)| *l).collect();
        f.debug_struct("Locales")
            .field("languages", &langs)
            .finish()
    }
}

impl Locales {
    /// Parses the locale files (`…/<lang>.ftl`). A missing language, a syntax error, or a
    /// message one language has and another lacks refuses them all, naming the file.
    pub fn parse(files: &[SourceFile]) -> Result<Locales, LoadError> {
        let err = |file: &str, message: String| LoadError::Locale {
            file: file.to_string(),
            message,
        };
        let mut bundles = Vec::new();
        let mut ids: Vec<(&'static str, Vec<String>)> = Vec::new();
        for &lang in LANGUAGES {
            let name = format!("{lang}.ftl");
            let Some(file) = files
                .iter()
                .find(|f| f.path.rsplit(['/', '\\']).next() == Some(name.as_str()))
            else {
                return Err(err(
                    &name,
                    "missing: every language needs its locale file".into(),
                ));
            };
            let resource = FluentResource::try_new(file.text.clone()).map_err(|(_, errors)| {
                let first = errors
                    .first()
                    .map(|e| format!("{:?} at bytes {:?}", e.kind, e.pos))
                    .unwrap_or_default();
                err(&file.path, format!("not valid Fluent: {first}"))
            })?;
            let mut keys: Vec<String> = resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect();
            keys.sort();
            let langid = lang
                .parse()
                .map_err(|_| err(&file.path, format!("{lang:?} is not a language tag")))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Isolation marks are for mixed-direction UIs; in plain text and terminals they
            // show up as stray characters.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .map_err(|e| err(&file.path, format!("a message is defined twice: {e:?}")))?;
            ids.push((lang, keys));
            bundles.push((lang, bundle));
        }
        let (_, base) = &ids[0];
        for (lang, keys) in &ids[1..] {
            if let Some(missing) = base.iter().find(|k| !keys.contains(k)) {
                return Err(err(
                    &format!("{lang}.ftl"),
                    format!("message {missing:?} of en.ftl is missing"),
                ));
            }
            if let Some(extra) = keys.iter().find(|k| !base.contains(k)) {
                return Err(err(
                    &format!("{lang}.ftl"),
                    format!("message {extra:?} is not in en.ftl"),
                ));
            }
        }
        Ok(Locales { bundles })
    }

    fn bundle(&self, lang: &str) -> &FluentBundle<FluentResource> {
        &self
            .bundles
            .iter()
            .find(|(l, _)| *l == lang)
            .unwrap_or(&self.bundles[0])
            .1
    }

    /// Whether every language has this message.
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().all(|(_, b)| b.has_message(id))
    }

    /// The message in `lang` (English when `lang` is not ours), with its variables filled.
    /// None when the message is unknown or a variable it uses was not given.
    pub fn text(&self, lang: &str, id: &str, args: &[(&str, &str)]) -> Option<String> {
        let bundle = self.bundle(lang);
        let pattern = bundle.get_message(id)?.value()?;
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            // `count` chooses a plural form ("1 organisation", "2 organisations") and so
            // must be a number; every other value stays text ("0800" is not 800).
            match v.parse::<i64>() {
                Ok(n) if *k == "count" => fargs.set(k.to_string(), n),
                _ => fargs.set(k.to_string(), v.to_string()),
            }
        }
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        errors.is_empty().then(|| out.into_owned())
    }

    /// The same, or the id itself when missing (never reached for a validated pack).
    pub fn word(&self, lang: &str, id: &str) -> String {
        self.text(lang, id, &[]).unwrap_or_else(|| id.to_string())
    }
}

/// One of our languages for a tag the person gave ("de-AT", "pt_BR", "FR"), if we write it.
pub fn supported(tag: &str) -> Option<&'static str> {
    let primary = tag
        .trim()
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    LANGUAGES.iter().copied().find(|l| *l == primary)
}

/// The best of our languages for an HTTP `Accept-Language` header, by its q-values; None
/// when it names none of them.
pub fn negotiate(accept_language: &str) -> Option<&'static str> {
    let mut best: Option<(f32, usize, &'static str)> = None;
    for (i, item) in accept_language.split(',').take(32).enumerate() {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or_default();
        let q = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        let Some(lang) = supported(tag) else { continue };
        if q <= 0.0 {
            continue;
        }
        // Higher q wins; among equal q, the one listed first.
        if best.is_none_or(|(bq, _, _)| q > bq) {
            best = Some((q, i, lang));
        }
    }
    best.map(|(_, _, l)| l)
}

/// The language a contact is written in (ISO 639-1), among those the engine knows words of;
/// None when the text is too short or too mixed to tell.
pub fn detect(text: &str) -> Option<&'static str> {
    crate::langid::detect(text)
}

/// The same read by whatlang's trigrams alone, to measure the quick reading against.
pub fn detect_by_trigrams(text: &str) -> Option<&'static str> {
    crate::langid::detect_by_trigrams(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_highest_we_write() {
        assert_eq!(negotiate("de-AT,de;q=0.9,en;q=0.8"), Some("de"));
        assert_eq!(negotiate("ja, pt-BR;q=0.5, en;q=0.4"), Some("pt"));
        assert_eq!(negotiate("en;q=0.2, fr;q=0.9"), Some("fr"));
        assert_eq!(negotiate("ja, zh"), None);
        assert_eq!(negotiate("fr;q=0"), None);
        assert_eq!(negotiate(""), None);
    }

    #[test]
    fn detects_the_contacts_language() {
        assert_eq!(
            detect("Ihr Paket konnte nicht zugestellt werden, bitte bestätigen Sie die Adresse"),
            Some("de")
        );
        assert_eq!(
            detect("Votre colis est en attente, veuillez régler les frais de livraison"),
            Some("fr")
        );
        assert_eq!(
            detect("Su paquete está retenido en la aduana, pague la tasa hoy"),
            Some("es")
        );
        assert_eq!(detect("ok"), None);
    }
}
