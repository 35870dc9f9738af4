//! Time to assess one contact per channel, with the shipped pack and model.
//! Run: cargo bench -p knownline-detect --bench assess

#[path = "../tests/support/repo_pack.rs"]
mod repo_pack;

use knownline_detect::{Channel, Contact, Directory};

fn main() {
    divan::main();
}

fn sample(channel: Channel, name: &str) -> String {
    let path = repo_pack::repo()
        .join("samples")
        .join(channel.as_str())
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

fn bench_channel(bencher: divan::Bencher, channel: Channel, name: &str) {
    let engine = repo_pack::trained_engine();
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
