//! knownline-detect: the pure analysis core of knownline.
//!
//! It reads a contact on one channel (a call's transcript or notes, a raw email, an SMS, a
//! pop-up page), extracts entities, runs the rule pack, scores the signals with a calibrated
//! model and builds the playbook of what the person should do now.
//!
//! It is not a program: it does no I/O, reads no clock, no environment and no files. Callers
//! pass rule packs, knowledge and models in as text (see [`PackSources`]) and get values back.
//! Analysing a contact never fails and never panics; loading a pack fails with a
//! [`LoadError`] that names the file, the rule and the problem.

mod assessment;
mod contact;
mod directory;
mod email;
mod engine;
mod entities;
mod error;
mod features;
mod html;
mod indicators;
mod knowledge;
mod langid;
pub mod locale;
mod model;
mod pack;
mod playbook;
mod rules;
mod similar;
pub mod stix;
mod text;
pub mod transfer;
mod verify;

pub use assessment::{
    Assessment, Entities, Evidence, LinkEntity, NamedEntity, OrgEntity, PaymentEntity, PhoneEntity,
    Reason, Signal, Step, Verdict,
};
pub use contact::{
    detect_channel, utterance, Channel, Contact, Field, PageInfo, Part, MAX_CONTACT_BYTES,
};
pub use directory::{
    display_phone, name_key, normalise_domain, normalise_phone, normalise_website, Directory,
    DirectoryEntry, EntryInput, Seen, ENTRY_SOURCES, ROLES,
};
pub use email::{Attachment, AuthResults, EmailView};
pub use engine::{
    CallError, CallSession, Engine, Options, Reader, Turn, MAX_CALL_BYTES, MAX_UTTERANCES,
    MAX_UTTERANCE_BYTES,
};
pub use entities::{find_phones, region_from_code, registrable_domain};
pub use error::LoadError;
pub use indicators::{ScamValue, MAX_OFFERED};
pub use knowledge::{Knowledge, Organisation, Policy, RoleWords};
pub use model::{
    sigmoid, text_evidence, train_combination, train_text, write_model_file, Combination, Model,
    ModelFile, ScoreExample, TextExample, TextModel, Thresholds, TEXT_BITS,
};
pub use pack::{CompiledRule, Pack, PackSources, SourceFile};
pub use rlibphonenumber::enums::Region;
pub use rules::TACTICS;
pub use similar::{group as group_campaigns, simhash, CampaignItem, Group, NEAR_BITS};
pub use text::{capitalised, carries_meaning};
pub use verify::{CallBack, Flag, Lookup, Party, PolicyNote, Verification, VerifyRequest};
