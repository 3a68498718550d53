//! Reading age of the two "If you are involved in a review" pages
//! (content/interview.toml and content/cspr/interview.toml). They are for
//! staff who have just been told they will be involved in a review, so they
//! are written for a reading age of about 9 to 11.
//!
//! The test takes the page's own words (title, lead, section headings,
//! paragraphs, list items and steps), drops `{placeholders}` (the profile
//! fills them), and works out:
//!
//! - Flesch reading ease: 206.835 - 1.015 (words / sentences)
//!   - 84.6 (syllables / words); higher is easier (60 to 70 is plain English,
//!   80 to 90 is easy).
//! - Flesch-Kincaid grade: 0.39 (words / sentences)
//!   + 11.8 (syllables / words) - 15.59; a US school grade, so reading age is
//!   about grade + 5.
//!
//! It prints both, and fails if the grade is above 6.0 (reading age about 11).
//! The pages included at the end (`who-sees-the-report`) are measured and
//! printed too, for information.
//!
//! Syllables are counted with a heuristic (vowel groups, less a silent final
//! "e", and a few common endings), not a dictionary: good enough to compare
//! pages and versions, not exact for every word.

use scr_referral_guide::content::{guide_page, GuidePage};
use scr_referral_guide::rule_set::RuleSetId;

/// The grade the interview pages must not go above.
const MAX_GRADE: f64 = 6.0;

/// The page's text, one string per unit that is read as its own sentence or
/// more (a heading, a paragraph, a list item), with placeholders removed.
fn units(page: &GuidePage) -> Vec<String> {
    units_of(page, true)
}

/// As `units`, with or without the title and headings (the body alone is
/// printed too: short headings lower the words a sentence).
fn units_of(page: &GuidePage, headings: bool) -> Vec<String> {
    let mut out = vec![page.lead.clone()];
    if headings {
        out.push(page.title.clone());
    }
    for section in &page.sections {
        if headings {
            out.push(section.heading.clone());
        }
        for block in &section.blocks {
            out.push(block.text.clone());
            out.extend(block.items.iter().cloned());
            for step in &block.steps {
                out.push(step.title.clone());
                out.push(step.text.clone());
            }
        }
    }
    out.iter()
        .map(|t| strip_placeholders(t))
        .filter(|t| t.chars().any(char::is_alphanumeric))
        .collect()
}

/// Remove every `{name}`.
fn strip_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The words of a text: runs of letters, digits, apostrophes and inner
/// hyphens ("de-brief" is one word), lower-cased.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// Sentences in one unit: each full stop, question mark, exclamation mark or
/// semicolon that ends a run of words, and at least one per unit (a heading or
/// list item with no full stop is still read as one).
fn sentences(text: &str) -> usize {
    let mut count = 0;
    let mut words_since = false;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_alphanumeric() {
            words_since = true;
        } else if matches!(c, '.' | '?' | '!' | ';') && words_since {
            // A full stop inside a number or an abbreviation ("8.2", "e.g.")
            // is not the end of a sentence.
            let next = chars.get(i + 1).copied();
            if c == '.' && next.is_some_and(|n| n.is_alphanumeric()) {
                continue;
            }
            count += 1;
            words_since = false;
        }
    }
    if words_since {
        count += 1;
    }
    count.max(1)
}

/// Syllables in one lower-case word, by heuristic.
fn syllables(word: &str) -> usize {
    let word: String = word
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>();
    if word.is_empty() {
        return 0;
    }
    if word.chars().all(|c| c.is_ascii_digit()) {
        // Read aloud: "15" is "fifteen" (2), "2026" about 4. One a digit,
        // at least one.
        return word.len().clamp(1, 4);
    }
    // Parts of a hyphenated word are counted separately.
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let chars: Vec<char> = word.chars().collect();
    let mut groups = 0;
    let mut previous_vowel = false;
    for &c in &chars {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            groups += 1;
        }
        previous_vowel = vowel;
    }
    let n = chars.len();
    let ends = |s: &str| word.ends_with(s);
    // A silent final "e" ("make", "name"), but not "-le" after a consonant
    // ("table") or a word whose only vowel it is ("the", "be").
    if ends("e") && !ends("le") && !ends("ee") && !ends("ye") && groups > 1 {
        groups -= 1;
    } else if ends("le") && n > 2 && is_vowel(chars[n - 3]) && groups > 1 {
        // "whole", "role": the "e" is silent after a vowel.
        groups -= 1;
    }
    // "-es" and "-ed" are usually not a syllable of their own ("names",
    // "asked"), except after t/d ("wanted") or s/x/z/ch/sh/ge/ce ("reaches").
    if (ends("ed") || ends("es")) && n > 3 && groups > 1 {
        let before = chars[n - 3];
        let sounded = if ends("ed") {
            matches!(before, 't' | 'd')
        } else {
            matches!(before, 's' | 'x' | 'z' | 'c' | 'g') || word.ends_with("hes")
        };
        if !sounded && !is_vowel(before) {
            groups -= 1;
        }
    }
    // Vowel pairs read as two sounds: "media", "previous", "usually" (but
    // not "social", "initial", "safeguarding", "quality").
    for pattern in ["ia", "iou", "ua"] {
        let skip = match pattern {
            "ia" => ["cia", "tia"].iter().any(|p| word.contains(p)),
            "ua" => ["gua", "qua"].iter().any(|p| word.contains(p)),
            _ => false,
        };
        if word.contains(pattern) && !skip {
            groups += 1;
        }
    }
    groups.max(1)
}

struct Scores {
    words: usize,
    sentences: usize,
    syllables: usize,
}

impl Scores {
    fn of(units: &[String]) -> Scores {
        let mut s = Scores {
            words: 0,
            sentences: 0,
            syllables: 0,
        };
        for unit in units {
            let ws = words(unit);
            if ws.is_empty() {
                continue;
            }
            s.words += ws.len();
            s.sentences += sentences(unit);
            s.syllables += ws
                .iter()
                .map(|w| w.split('-').map(syllables).sum::<usize>())
                .sum::<usize>();
        }
        s
    }
    fn words_per_sentence(&self) -> f64 {
        self.words as f64 / self.sentences as f64
    }
    fn syllables_per_word(&self) -> f64 {
        self.syllables as f64 / self.words as f64
    }
    fn reading_ease(&self) -> f64 {
        206.835 - 1.015 * self.words_per_sentence() - 84.6 * self.syllables_per_word()
    }
    fn grade(&self) -> f64 {
        0.39 * self.words_per_sentence() + 11.8 * self.syllables_per_word() - 15.59
    }
}

fn report(label: &str, scores: &Scores) {
    println!(
        "{label}: {} words, {} sentences, {:.1} words a sentence, {:.2} syllables a word; \
         Flesch reading ease {:.1}, Flesch-Kincaid grade {:.1} (reading age about {:.0})",
        scores.words,
        scores.sentences,
        scores.words_per_sentence(),
        scores.syllables_per_word(),
        scores.reading_ease(),
        scores.grade(),
        scores.grade() + 5.0,
    );
}

#[test]
fn the_syllable_heuristic_counts_common_words_about_right() {
    for (word, expected) in [
        ("you", 1),
        ("the", 1),
        ("name", 1),
        ("named", 1),
        ("asked", 1),
        ("wanted", 2),
        ("table", 2),
        ("people", 2),
        ("review", 2),
        ("interview", 3),
        ("manager", 3),
        ("social", 2),
        ("agency", 3),
        ("safeguarding", 4),
        ("disciplinary", 5),
        ("partnership", 3),
        ("15", 2),
    ] {
        assert_eq!(syllables(word), expected, "{word}");
    }
    assert_eq!(sentences("Who reads what I say"), 1);
    assert_eq!(sentences("One. Two? Three; four"), 4);
    assert_eq!(sentences("Paragraph 8.2.11 says so."), 1);
    assert_eq!(strip_placeholders("Ask {board_short} now."), "Ask  now.");
    assert_eq!(words("It's a de-brief, {x}."), ["it's", "a", "de-brief", "x"]);
}

#[test]
fn the_interview_pages_are_written_for_a_reading_age_of_about_11() {
    let mut failures = Vec::new();
    for (rule_set, label) in [
        (RuleSetId::Scr2006, "SCR interview page (content/interview.toml)"),
        (RuleSetId::Cspr, "CSPR interview page (content/cspr/interview.toml)"),
    ] {
        let page = guide_page(rule_set, "interview").expect("interview page");
        let scores = Scores::of(&units(&page));
        report(label, &scores);
        report("  body only (no title or headings)", &Scores::of(&units_of(&page, false)));
        if scores.grade() > MAX_GRADE {
            failures.push(format!("{label}: grade {:.1}", scores.grade()));
        }
        for include in &page.include {
            let included = guide_page(rule_set, include).expect("included page");
            report(
                &format!("  included at its end: {include}"),
                &Scores::of(&units(&included)),
            );
        }
    }
    assert!(
        failures.is_empty(),
        "Flesch-Kincaid grade above {MAX_GRADE}: {failures:?}"
    );
}
