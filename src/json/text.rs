//! JSON text to [`Json`] and back, following RFC 8259.
//!
//! Used natively (tests, the SVG generator, the fuzzer) and wherever the
//! browser hands over text instead of an object. A syntax error names the
//! path being read, the line and the column, so that an editor with a 500-line
//! story can find the stray comma.

use super::{render_path, Json, Step, MAX_DEPTH};
use crate::error::{Error, ErrorKind};

/// Parses JSON text. Numbers too large for a double become infinite, as in
/// `JSON.parse`; the story rules then reject them by path.
pub fn parse(text: &str) -> Result<Json, Error> {
    let mut p = Parser { s: text.as_bytes(), i: 0, path: Vec::new() };
    let value = p.value()?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.fail("unexpected text after the end of the document"));
    }
    Ok(value)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    path: Vec<Step>,
}

impl Parser<'_> {
    fn fail(&self, what: &str) -> Error {
        let before = &self.s[..self.i.min(self.s.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let start = before.iter().rposition(|&b| b == b'\n').map_or(0, |n| n + 1);
        let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
        let message = format!("not valid JSON: {what} at line {line} column {column}");
        Error::new(render_path(&self.path), ErrorKind::Parse(message))
    }

    fn ws(&mut self) {
        while matches!(self.s.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.ws();
        let hit = self.s.get(self.i) == Some(&b);
        self.i += usize::from(hit);
        hit
    }

    fn value(&mut self) -> Result<Json, Error> {
        self.ws();
        match self.s.get(self.i) {
            None => Err(self.fail("the text ends where a value belongs")),
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => self.string().map(Json::Str),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => {
                for (word, value) in
                    [("true", Json::Bool(true)), ("false", Json::Bool(false)), ("null", Json::Null)]
                {
                    if self.s[self.i..].starts_with(word.as_bytes()) {
                        self.i += word.len();
                        return Ok(value);
                    }
                }
                Err(self.fail("expected a value"))
            }
        }
    }

    fn nest(&mut self) -> Result<(), Error> {
        self.i += 1;
        if self.path.len() >= MAX_DEPTH {
            return Err(self.fail(&format!("lists and objects nest more than {MAX_DEPTH} deep")));
        }
        Ok(())
    }

    fn array(&mut self) -> Result<Json, Error> {
        self.nest()?;
        let mut items = Vec::new();
        if self.eat(b']') {
            return Ok(Json::Arr(items));
        }
        loop {
            self.path.push(Step::Index(items.len()));
            items.push(self.value()?);
            self.path.pop();
            if self.eat(b']') {
                return Ok(Json::Arr(items));
            }
            if !self.eat(b',') {
                return Err(self.fail("expected , or ] in a list"));
            }
        }
    }

    fn object(&mut self) -> Result<Json, Error> {
        self.nest()?;
        let mut pairs = Vec::new();
        if self.eat(b'}') {
            return Ok(Json::Obj(pairs));
        }
        loop {
            self.ws();
            if self.s.get(self.i) != Some(&b'"') {
                return Err(self.fail("expected a key in double quotes"));
            }
            let key = self.string()?;
            if !self.eat(b':') {
                return Err(self.fail("expected : after a key"));
            }
            self.path.push(Step::Key(key.clone()));
            let value = self.value()?;
            self.path.pop();
            pairs.push((key, value));
            if self.eat(b'}') {
                return Ok(Json::Obj(pairs));
            }
            if !self.eat(b',') {
                return Err(self.fail("expected , or } in an object"));
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.s.get(self.i), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Json, Error> {
        let start = self.i;
        self.i += usize::from(self.s[self.i] == b'-');
        let int = self.digits();
        let leading_zero = int > 1 && self.s[self.i - int] == b'0';
        let mut ok = int > 0 && !leading_zero;
        if self.s.get(self.i) == Some(&b'.') {
            self.i += 1;
            ok &= self.digits() > 0;
        }
        if matches!(self.s.get(self.i), Some(b'e' | b'E')) {
            self.i += 1;
            self.i += usize::from(matches!(self.s.get(self.i), Some(b'+' | b'-')));
            ok &= self.digits() > 0;
        }
        let text = std::str::from_utf8(&self.s[start..self.i]).unwrap_or("");
        match text.parse::<f64>() {
            Ok(v) if ok => Ok(Json::Num(v)),
            _ => Err(self.fail("malformed number")),
        }
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self.s.get(self.i..self.i + 4).and_then(|h| std::str::from_utf8(h).ok());
        let code = digits.and_then(|h| u32::from_str_radix(h, 16).ok());
        let code = code.ok_or_else(|| self.fail("expected four hex digits after \\u"))?;
        self.i += 4;
        Ok(code)
    }

    /// A string, from its opening quote. Lone surrogates become U+FFFD, as
    /// they would on their way to the DOM.
    fn string(&mut self) -> Result<String, Error> {
        self.i += 1;
        let mut out = Vec::new();
        loop {
            let Some(&b) = self.s.get(self.i) else {
                return Err(self.fail("the text ends inside a string"));
            };
            self.i += 1;
            match b {
                b'"' => return String::from_utf8(out).map_err(|_| self.fail("invalid UTF-8 in a string")),
                b'\\' => {
                    let Some(&e) = self.s.get(self.i) else {
                        return Err(self.fail("the text ends inside a string"));
                    };
                    self.i += 1;
                    let c = match e {
                        b'"' | b'\\' | b'/' => e as char,
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.escaped_char()?,
                        _ => return Err(self.fail("unknown escape in a string")),
                    };
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                0..=0x1f => return Err(self.fail("a control character inside a string")),
                _ => out.push(b),
            }
        }
    }

    fn escaped_char(&mut self) -> Result<char, Error> {
        let hi = self.hex4()?;
        if (0xd800..0xdc00).contains(&hi) && self.s[self.i..].starts_with(b"\\u") {
            let save = self.i;
            self.i += 2;
            let lo = self.hex4()?;
            if (0xdc00..0xe000).contains(&lo) {
                let c = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
                return Ok(char::from_u32(c).unwrap_or('\u{fffd}'));
            }
            self.i = save;
        }
        Ok(char::from_u32(hi).unwrap_or('\u{fffd}'))
    }
}

/// Writes `value` as compact JSON text. Numbers are written in Rust's shortest
/// round-trip form; NaN and infinities, which JSON cannot hold, become `null`
/// as in `JSON.stringify`.
pub fn write(value: &Json, out: &mut String) {
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Num(n) if n.is_finite() => out.push_str(&n.to_string()),
        Json::Num(_) => out.push_str("null"),
        Json::Str(s) => write_str(s, out),
        Json::Arr(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(item, out);
            }
            out.push(']');
        }
        Json::Obj(pairs) => {
            out.push('{');
            for (i, (k, v)) in pairs.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_str(k, out);
                out.push(':');
                write(v, out);
            }
            out.push('}');
        }
    }
}

fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}
