package org.warnews.source;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.warnews.claim.ClaimRepository;
import org.warnews.claim.SourceText;
import org.warnews.model.Claim;
import org.warnews.model.Item;
import org.warnews.web.NotFoundException;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;

import static org.warnews.web.Slugs.SLUG;

@Responds(ResponseKind.PAGE)
@Controller
class ItemController {

	private final ItemRepository items;

	private final ClaimRepository claims;

	ItemController(ItemRepository items, ClaimRepository claims) {
		this.items = items;
		this.claims = claims;
	}

	@GetMapping("/items/" + SLUG)
	String item(@PathVariable String slug, Model model) {
		Item item = this.items.findBySlug(slug).orElseThrow(() -> new NotFoundException("item"));
		List<Claim> claims = this.claims.findByItem(item);
		model.addAttribute("item", item);
		model.addAttribute("claims", claims);
		model.addAttribute("paragraphs",
				SourceText.paragraphs(item.getSource().getBody(), claims, item.getSpanStart(), item.getSpanEnd()));
		return "source/item";
	}

}
