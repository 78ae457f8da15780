import type { Messages } from "@/lib/i18n/messages";
import { COLOUR_PARAMS, type ColourParam } from "./params";

/** The map's own field in the shared GET form: colour by the indicator or by the current term's results. */
export function ColourField({ colour, m }: { colour: ColourParam; m: Messages }) {
  const label: Record<ColourParam, string> = { "chi-tieu": m.map.byValue, "trang-thai": m.map.byStatus };
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="text-sm font-semibold">{m.map.colourBy}</legend>
      <div className="flex flex-wrap gap-4 py-2">
        {COLOUR_PARAMS.map((c) => (
          <label key={c} className="flex items-center gap-2">
            <input type="radio" name="to-mau" value={c} defaultChecked={c === colour} />
            {label[c]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
