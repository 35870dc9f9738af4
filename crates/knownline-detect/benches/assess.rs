//! Time to assess one contact per channel, with the shipped pack and model.
//! Run: cargo bench -p knownline-detect --bench assess

use std::path::Path;

use knownline_detect::{Channel, Contact, Directory, Engine, Options, PackSources, SourceFile};

fn main() {
    divan::main();
}

fn read_dir(dir: &Path, ext: &str) -> Vec<SourceFile> {
    let mut out: Vec<SourceFile> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .map(|p| {
            SourceFile::new(
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

fn engine() -> Engine {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let k = |f: &str| std::fs::read_to_string(root.join("knowledge").join(f)).unwrap();
    let sources = PackSources {
        rules: read_dir(&root.join("rules"), "toml"),
        lists: read_dir(&root.join("rules/lists"), "txt"),
        organisations: k("organisations.toml"),
        remote_tools: k("remote_tools.toml"),
        payments: k("payments.toml"),
        policies: k("policies.yaml"),
        playbooks: k("playbooks.toml"),
        model: std::fs::read_to_string(root.join("model/model.toml")).ok(),
        text_model: std::fs::read(root.join("model/text.bin")).ok(),
    };
    Engine::new(&sources, Options::default()).unwrap()
}

fn sample(channel: Channel, name: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples");
    std::fs::read_to_string(root.join(channel.as_str()).join(name)).unwrap()
}

fn bench_channel(bencher: divan::Bencher, channel: Channel, name: &str) {
    let engine = engine();
    let text = sample(channel, name);
    let dir = Directory::empty();
    bencher.bench(|| {
        let contact = Contact::parse(Some(channel), divan::black_box(&text));
        engine.assess(&contact, &dir)
    });
}

#[divan::bench]
fn call(bencher: divan::Bencher) {
    bench_channel(bencher, Channel::Call, "microsoft_support_call.txt");
}

#[divan::bench]
fn email(bencher: divan::Bencher) {
    bench_channel(bencher, Channel::Email, "norton_renewal_callback.eml");
}

#[divan::bench]
fn sms(bencher: divan::Bencher) {
    bench_channel(bencher, Channel::Sms, "bank_safe_account.txt");
}

#[divan::bench]
fn popup(bencher: divan::Bencher) {
    bench_channel(bencher, Channel::Popup, "defender_alert.html");
}
