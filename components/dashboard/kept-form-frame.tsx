"use client";
// The frame the register's and the targets' forms share: the form bound to its kept action (use-kept-form.ts),
// the summary of what the last answer refused first, then the legend of the required marks.
import type { ReactNode } from "react";
import { FormErrors } from "@/components/dashboard/field";
import type { KeptForm } from "@/components/dashboard/use-kept-form";
import { RequiredLegend } from "@/components/ui-text";

export function KeptFormFrame({ form, idPrefix, children }: { form: KeptForm; idPrefix?: string; children: ReactNode }) {
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <FormErrors result={form.state} idPrefix={idPrefix} />
      <RequiredLegend />
      {children}
    </form>
  );
}
