//! "Did you mean" hints.

/// Words longer than this are not compared (the distance is quadratic in the length, and such
/// words are not typos of an id).
const MAX_CHARS: usize = 64;

/// The closest candidate by edit distance (optimal string alignment: a swap of two neighbours,
/// "stroy" for "story", counts as one edit), for "did you mean" hints. A candidate qualifies
/// within a third of the longer word's length (at least one edit); the first of equally close
/// candidates wins.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    let word_len = word.chars().count();
    if word_len > MAX_CHARS {
        return None;
    }
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let c_len = c.chars().count();
        if c_len > MAX_CHARS {
            continue;
        }
        let d = strsim::osa_distance(word, c);
        let limit = (word_len.max(c_len) / 3).max(1);
        if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| format!("did you mean `{c}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        assert_eq!(
            did_you_mean("stroy", ["story", "end"]).as_deref(),
            Some("did you mean `story`?")
        );
        assert_eq!(did_you_mean("zzzzzz", ["story", "end"]), None);
    }

    #[test]
    fn closest_first_and_ties_keep_the_first() {
        assert_eq!(
            did_you_mean("trsut", ["trust", "trsuts", "rust"]).as_deref(),
            Some("did you mean `trust`?")
        );
        assert_eq!(
            did_you_mean("ab", ["ax", "ay"]).as_deref(),
            Some("did you mean `ax`?")
        );
        // Characters, not bytes: one Arabic letter changed is one edit.
        assert_eq!(
            did_you_mean("شاهد", ["شاهذ"]).as_deref(),
            Some("did you mean `شاهذ`?")
        );
        let long = "a".repeat(65);
        assert_eq!(did_you_mean(&long, [long.as_str()]), None);
    }
}
