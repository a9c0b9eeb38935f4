"use client";

import type { ComponentProps } from "react";
import { useFormFeedback } from "@/components/forms/action-form";
import { FaceScale } from "./face-scale";

/** The picture scale inside an ActionForm: its error and refill value come from the form, like the Form* fields. */
export function FormFaceScale(props: Omit<ComponentProps<typeof FaceScale>, "error">) {
  const f = useFormFeedback();
  return (
    <FaceScale
      {...props}
      error={f.error(props.name)}
      defaultValue={f.value(props.name) ?? props.defaultValue}
    />
  );
}
