//! Escaping text into HTML, for the markup the widget writes as strings (the map's regions and
//! labels, a document with its marks): names and documents come from data, and markup in them
//! stays text.

/// Appends `text` escaped as markup text or a quoted attribute value.
pub(crate) fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}
