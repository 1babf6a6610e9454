//! Drafts a story from an article's text and prints it as `newsfig-story/1`
//! JSON, which `checkStory` accepts:
//!
//! ```sh
//! cargo run --release --example draft -- tests/fixtures/article.txt --date 2022-04-27
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut file = None;
    let mut date = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--date" => date = it.next().cloned(),
            _ if a.starts_with("--date=") => date = Some(a["--date=".len()..].to_owned()),
            _ if file.is_none() => file = Some(a.clone()),
            _ => return usage(&format!("unexpected argument {a:?}")),
        }
    }
    let (Some(file), Some(date)) = (file, date) else { return usage("a FILE and --date are required") };
    let bytes = match std::fs::read(&file) {
        Ok(b) => b,
        Err(e) => return usage(&format!("{file}: {e}")),
    };
    // A UTF-16 or GBK file is named as such, not read as garbage.
    let text = match newsfig::story::text_of(&bytes, &file) {
        Ok(t) => t,
        Err(e) => return usage(&e.message()),
    };
    match newsfig::draft::draft(text, &newsfig::draft::Options { date }) {
        Ok(story) => match serde_json::to_string_pretty(&story) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(e) => usage(&e.to_string()),
        },
        Err(e) => usage(&e.message()),
    }
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("draft: {problem}\nusage: draft FILE --date YYYY-MM-DD");
    ExitCode::FAILURE
}
