// The list of loaded statements: pick one to edit, and put them in the order the book will bind
// them, by dragging or with Move up / Move down buttons for keyboard users.
import { h } from "./dom.js";
import { type Entry, entryName, hasJapanese } from "./model.js";

export interface ListActions {
  select(id: number): void;
  move(id: number, to: number): void;
  remove(id: number): void;
}

let dragged: number | undefined;

/** Redraws the list; `focus` names the control to put the focus back on after a move. */
export function drawStatementList(
  list: HTMLOListElement,
  entries: readonly Entry[],
  selected: number | undefined,
  actions: ListActions,
  focus?: { id: number; action: string },
): void {
  list.replaceChildren(
    ...entries.map((entry, index) => {
      const name = entryName(entry);
      const lang = hasJapanese(name) ? "ja" : undefined;
      const button = (action: string, label: string, text: string, disabled: boolean, run: () => void) => {
        const control = h(
          "button",
          { type: "button", class: `list-${action}`, "aria-label": label, "data-action": action, disabled },
          text,
        );
        control.addEventListener("click", run);
        return control;
      };
      const pick = h(
        "button",
        {
          type: "button",
          class: "list-pick",
          "data-action": "pick",
          "aria-current": entry.id === selected ? "true" : undefined,
        },
        h("span", { class: "list-number" }, `${index + 1}.`),
        h("span", { class: "list-name", lang }, name),
        name === entry.file ? undefined : h("span", { class: "list-file" }, entry.file),
      );
      pick.addEventListener("click", () => actions.select(entry.id));
      const item = h(
        "li",
        { draggable: "true", "data-id": entry.id, class: entry.id === selected ? "selected" : undefined },
        h("span", { class: "grip", "aria-hidden": "true" }, "⋮⋮"),
        pick,
        h(
          "span",
          { class: "list-tools" },
          button("up", `Move ${name} up`, "Move up", index === 0, () => actions.move(entry.id, index - 1)),
          button("down", `Move ${name} down`, "Move down", index === entries.length - 1, () =>
            actions.move(entry.id, index + 1),
          ),
          button("remove", `Remove ${name}`, "Remove", false, () => actions.remove(entry.id)),
        ),
      );
      item.addEventListener("dragstart", (event) => {
        dragged = entry.id;
        event.dataTransfer?.setData("application/x-briefing-statement", String(entry.id));
        if (event.dataTransfer) event.dataTransfer.effectAllowed = "move";
        item.classList.add("dragging");
      });
      item.addEventListener("dragend", () => {
        dragged = undefined;
        item.classList.remove("dragging");
      });
      item.addEventListener("dragover", (event) => {
        if (dragged === undefined || dragged === entry.id) return;
        event.preventDefault();
        item.classList.add("drop-target");
      });
      item.addEventListener("dragleave", () => item.classList.remove("drop-target"));
      item.addEventListener("drop", (event) => {
        item.classList.remove("drop-target");
        if (dragged === undefined || dragged === entry.id) return;
        event.preventDefault();
        event.stopPropagation();
        actions.move(dragged, index);
      });
      return item;
    }),
  );
  if (focus) {
    const item = list.querySelector(`li[data-id="${focus.id}"]`);
    const wanted = item?.querySelector<HTMLButtonElement>(`[data-action="${focus.action}"]`);
    // At the top or bottom the button it was on is now disabled: stay on the statement instead.
    (wanted && !wanted.disabled
      ? wanted
      : item?.querySelector<HTMLButtonElement>('[data-action="pick"]')
    )?.focus();
  }
}
