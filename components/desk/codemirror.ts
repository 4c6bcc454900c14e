// The desk's source editor: CodeMirror 6 with line numbers, Markdown highlighting and wrapping. Loaded only by dynamic import from the desk.
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { defaultHighlightStyle, defineLanguageFacet, Language, syntaxHighlighting } from "@codemirror/language";
import { tags } from "@lezer/highlight";
import { GFM, parser as markdownParser, type MarkdownConfig } from "@lezer/markdown";
import { EditorSelection, EditorState, StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, highlightActiveLine, keymap, lineNumbers, type DecorationSet } from "@codemirror/view";

export type Mounted = {
  view: EditorView;
  goTo: (line: number) => void;
  insert: (snippet: string) => void;
  setValue: (value: string) => void;
  topLine: () => number;
  scrollToLine: (line: number) => void;
  destroy: () => void;
};

// Markdown straight from Lezer's parser (with GFM, as the checks read it): @codemirror/lang-markdown would bring HTML, CSS and JavaScript modes along (+70 KB gzip).
const markdown = () =>
  new Language(defineLanguageFacet(), markdownParser.configure([GFM, frontmatter]), [], "markdown");

// The case's YAML frontmatter is one block, not a paragraph the closing `---` would turn into a setext heading.
const FENCE = /^---\s*$/;
const frontmatter: MarkdownConfig = {
  defineNodes: [{ name: "Frontmatter", block: true, style: tags.meta }],
  parseBlock: [
    {
      name: "Frontmatter",
      before: "HorizontalRule",
      parse(cx, line) {
        if (cx.lineStart !== 0 || !FENCE.test(line.text)) return false;
        while (cx.nextLine()) if (FENCE.test(line.text)) break;
        cx.nextLine();
        cx.addElement(cx.elt("Frontmatter", 0, cx.prevLineEnd()));
        return true;
      },
    },
  ],
};

type Options = {
  parent: HTMLElement;
  value: string;
  label: string;
  lang: string;
  onChange: (v: string) => void;
  onFocus: () => void;
};

const flash = StateEffect.define<number | null>();
const flashed = Decoration.line({ class: "cm-desk-flash" });

// The line a check pointed at stays marked until the next edit, so the editor can see which line was meant.
const flashField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    for (const e of tr.effects)
      if (e.is(flash)) return e.value === null ? Decoration.none : Decoration.set([flashed.range(e.value)]);
    return tr.docChanged ? Decoration.none : deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

export function mountEditor(o: Options): Mounted {
  const view = new EditorView({
    parent: o.parent,
    state: EditorState.create({
      doc: o.value,
      extensions: [
        lineNumbers(),
        highlightActiveLine(),
        history(),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        markdown(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        EditorView.lineWrapping,
        flashField,
        // The same accessible name as the textarea it replaces; lang keeps Chinese input and spellcheck right.
        EditorView.contentAttributes.of({
          "aria-label": o.label,
          "aria-multiline": "true",
          lang: o.lang,
          spellcheck: "false",
        }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) o.onChange(u.state.doc.toString());
          if (u.focusChanged && u.view.hasFocus) o.onFocus();
        }),
      ],
    }),
  });
  const lineAt = (n: number) => view.state.doc.line(Math.min(Math.max(1, n), view.state.doc.lines));
  return {
    view,
    goTo(n) {
      const line = lineAt(n);
      // The cursor at the line's start, not a selection: the mark stays visible instead of hidden under the selection colour.
      view.dispatch({
        selection: EditorSelection.cursor(line.from),
        effects: [flash.of(line.from), EditorView.scrollIntoView(line.from, { y: "center" })],
      });
      view.focus();
    },
    insert(snippet) {
      view.dispatch(view.state.replaceSelection(snippet));
      view.focus();
    },
    setValue(value) {
      if (value !== view.state.doc.toString())
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } });
    },
    topLine: () => view.state.doc.lineAt(view.lineBlockAtHeight(view.scrollDOM.scrollTop).from).number,
    // CodeMirror scrolls once it has measured the lines around the target, so a far line lands exactly at the top.
    scrollToLine(n) {
      view.dispatch({ effects: EditorView.scrollIntoView(lineAt(n).from, { y: "start" }) });
    },
    destroy: () => view.destroy(),
  };
}
