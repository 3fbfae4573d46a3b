//! Where in a JSON text a reading error is, as a path (`plan.work_items[3].start`):
//! serde_json says the line and column of the last byte it read; walking the
//! text up to there with a stack of the objects and arrays entered gives the
//! keys and indexes on the way. This replaces a wrapper around every
//! `Deserialize` impl (which cost the bundle about 17 KB) with one small walk
//! that runs only when a file is refused. Must not know the file's types.

/// One level of nesting: an object with the key being read, or an array at an index.
enum Frame {
    Object(Option<String>),
    Array(usize),
}

/// The path to the value whose last byte is at 1-based `line` and `column`
/// (in bytes) of `text`. At a closing brace or bracket, `whole` says the
/// error is the container's own (a missing field, a wrong length): its path;
/// otherwise it is the member read last before it (a bad date in an
/// object's last field). Empty at the top level.
pub fn path_at(text: &str, line: usize, column: usize, whole: bool) -> String {
    let b = text.as_bytes();
    let mut start = 0;
    for _ in 1..line {
        match b[start..].iter().position(|c| *c == b'\n') {
            Some(i) => start += i + 1,
            None => break,
        }
    }
    let last = (start + column).saturating_sub(1).min(b.len().saturating_sub(1));
    let mut stack: Vec<Frame> = vec![];
    let mut key_next = false;
    let mut i = 0;
    while i <= last && i < b.len() {
        match b[i] {
            b'{' => {
                stack.push(Frame::Object(None));
                key_next = true;
            }
            b'[' => stack.push(Frame::Array(0)),
            // The container an error ends on is the one at fault: keep it.
            b'}' | b']' if i < last => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(n)) => *n += 1,
                Some(Frame::Object(k)) => {
                    *k = None;
                    key_next = true;
                }
                None => {}
            },
            b'"' => {
                let from = i + 1;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                if key_next {
                    if let Some(Frame::Object(k)) = stack.last_mut() {
                        let raw = &text[from.min(b.len())..i.min(b.len())];
                        *k = Some(
                            serde_json::from_str::<String>(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.to_string()),
                        );
                    }
                    key_next = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    // Ending on a closing bracket means the container itself (a missing
    // field, a wrong length), not the member read before it.
    let closing = whole && b.get(last).is_some_and(|c| matches!(c, b'}' | b']'));
    let n = stack.len();
    let mut out = String::new();
    for (j, f) in stack.iter().enumerate() {
        if closing && j + 1 == n {
            break;
        }
        match f {
            Frame::Object(Some(k)) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Frame::Object(None) => {}
            Frame::Array(i) => out.push_str(&format!("[{i}]")),
        }
    }
    // The innermost container at a closing bracket is named by its parent's key or index.
    out
}
