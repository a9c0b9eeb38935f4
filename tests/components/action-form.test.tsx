/**
 * ActionForm, which every portal form posts through: the error summary in field order, each field's
 * message and refill value after a failed submit, and what shows after a success. The action is a
 * plain function here, standing in for a server action; React calls it the same way.
 */
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { FormAction, FormState } from "@/lib/actions/form-state";
import {
  ActionForm,
  FormCheckboxes,
  FormRadios,
  FormSelect,
  FormTextInput,
} from "@/components/forms/action-form";
import { expectNoAxeViolations } from "./axe";

afterEach(cleanup);

/** An action that answers each submit with the next state and records what it was sent. */
function scripted<TData = undefined>(answers: ((sent: FormData) => FormState<TData>)[]) {
  const sent: FormData[] = [];
  const action: FormAction<TData> = async (_prev, formData) => {
    sent.push(formData);
    const answer = answers[sent.length - 1];
    if (!answer) throw new Error("more submits than answers");
    return answer(formData);
  };
  return { action, sent };
}

/** What runAction returns for a failed submit: the messages and every value sent. */
function failed(fieldErrors: Record<string, string>) {
  return (formData: FormData): FormState => {
    const values: Record<string, string | string[]> = {};
    for (const key of new Set(formData.keys())) {
      const all = formData.getAll(key).map(String);
      values[key] = all.length > 1 ? all : all[0]!;
    }
    return { ok: false, fieldErrors, values };
  };
}

async function submit(button: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: button }));
  });
}

function PersonFields() {
  return (
    <>
      <FormTextInput id="name" name="name" label="Full name" defaultValue="Saved name" />
      <FormRadios
        name="role"
        legend="Role"
        options={[
          { value: "parent", label: "Parent" },
          { value: "provider", label: "Provider" },
        ]}
      />
      <FormSelect
        id="district"
        name="district"
        label="District"
        defaultValue=""
        options={[
          { value: "", label: "Choose a district" },
          { value: "north", label: "North" },
          { value: "south", label: "South" },
        ]}
      />
      <FormCheckboxes
        name="needs"
        legend="Needs"
        defaultValues={["autism"]}
        options={[
          { value: "autism", label: "Autism" },
          { value: "sensory", label: "Sensory" },
        ]}
      />
    </>
  );
}

describe("ActionForm", () => {
  it("after a failed submit: a summary in field order linking to each field, messages beside them, what was sent kept", async () => {
    const { action } = scripted([failed({ role: "Choose a role", name: "Enter the full name" })]);
    const { container } = render(
      <ActionForm
        action={action}
        fields={["name", "role", "district", "needs"]}
        anchors={{ role: "role-0" }}
        submitLabel="Save"
      >
        <PersonFields />
      </ActionForm>,
    );
    expect(screen.queryByTestId("error-summary")).toBeNull();

    fireEvent.change(screen.getByRole("textbox", { name: "Full name" }), { target: { value: "" } });
    fireEvent.change(screen.getByRole("combobox", { name: "District" }), { target: { value: "south" } });
    // Unticking the only saved need: the refill must show none ticked, not the saved choice.
    fireEvent.click(screen.getByRole("checkbox", { name: "Autism" }));
    await submit("Save");

    const summary = await screen.findByTestId("error-summary");
    const links = within(summary).getAllByRole("link");
    expect(links.map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Enter the full name", "#name"],
      ["Choose a role", "#role-0"],
    ]);
    expect(document.activeElement).toBe(summary);
    expect(document.getElementById("name-error")?.textContent).toContain("Enter the full name");
    expect(screen.getByRole("textbox", { name: "Full name" })).toHaveProperty("value", "");
    expect(screen.getByRole("combobox", { name: "District" })).toHaveProperty("value", "south");
    expect(screen.getByRole("checkbox", { name: "Autism" })).toHaveProperty("checked", false);
    await expectNoAxeViolations(container);
  });

  it("before any submit the fields show their saved values", () => {
    const { action } = scripted([]);
    render(
      <ActionForm action={action} fields={["name"]} submitLabel="Save">
        <PersonFields />
      </ActionForm>,
    );
    expect(screen.getByRole("textbox", { name: "Full name" })).toHaveProperty("value", "Saved name");
    expect(screen.getByRole("checkbox", { name: "Autism" })).toHaveProperty("checked", true);
  });

  it("a success shows the message in a Done banner and keeps the form; `banner` replaces that banner", async () => {
    const first = scripted([() => ({ ok: true, message: "Settings saved." })]);
    render(
      <ActionForm action={first.action} fields={["name"]} submitLabel="Save">
        <PersonFields />
      </ActionForm>,
    );
    await submit("Save");
    expect(await screen.findByText("Settings saved.")).toBeTruthy();
    expect(screen.getByText("Done")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Save" })).toBeTruthy();
    cleanup();

    const second = scripted<{ link: string }>([
      () => ({ ok: true, message: "Hidden", data: { link: "/x/1" } }),
    ]);
    render(
      <ActionForm
        action={second.action}
        fields={["name"]}
        submitLabel="Make a link"
        banner={(done) => <p data-testid="made">{done.data?.link}</p>}
      >
        <PersonFields />
      </ActionForm>,
    );
    await submit("Make a link");
    expect((await screen.findByTestId("made")).textContent).toBe("/x/1");
    expect(screen.queryByText("Hidden")).toBeNull();
    expect(screen.getByRole("button", { name: "Make a link" })).toBeTruthy();
  });

  it("`done` replaces the form after a success, with the action's typed data", async () => {
    const { action } = scripted<{ receiptCode: string }>([
      () => ({ ok: true, data: { receiptCode: "K7Q2" } }),
    ]);
    render(
      <ActionForm
        action={action}
        fields={["name"]}
        submitLabel="Send"
        done={(d) => <p>Your number is {d.data?.receiptCode}</p>}
      >
        <PersonFields />
      </ActionForm>,
    );
    await submit("Send");
    expect(await screen.findByText("Your number is K7Q2")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Send" })).toBeNull();
  });

  it("a form error goes to the top of the summary and links to the anchor for the form", async () => {
    const { action } = scripted([() => ({ ok: false, formError: "Some answers are missing." })]);
    render(
      <ActionForm action={action} fields={["name"]} anchors={{ form: "role-0" }} submitLabel="Save">
        <PersonFields />
      </ActionForm>,
    );
    await submit("Save");
    const link = within(await screen.findByTestId("error-summary")).getByRole("link");
    expect([link.textContent, link.getAttribute("href")]).toEqual(["Some answers are missing.", "#role-0"]);
  });

  it("submitDisabled keeps the button from submitting", async () => {
    const { action, sent } = scripted([]);
    render(
      <ActionForm action={action} fields={["name"]} submitLabel="Register my child" submitDisabled>
        <PersonFields />
      </ActionForm>,
    );
    expect(screen.getByRole("button", { name: "Register my child" })).toHaveProperty("disabled", true);
    await submit("Register my child");
    expect(sent).toHaveLength(0);
  });
});
